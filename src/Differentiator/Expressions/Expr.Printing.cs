using Differentiator.Expressions.Evaluation;
using Differentiator.Expressions.Printing;

namespace Differentiator.Expressions;

public abstract partial class Expr
{
    /// <summary>The code form: explicit <c>*</c> and calls, <c>^</c> (plain) or <c>**</c> (Python) for powers.</summary>
    public string ToCode(CodeFlavor flavor = CodeFlavor.Plain) => CodePrinter.Format(this, flavor);

    /// <summary>The LaTeX form.</summary>
    public string ToLatex() => LatexPrinter.Format(this);

    /// <summary>Evaluates in double precision; see <see cref="Evaluator"/>.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the expression is undefined there.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values) => Evaluator.Evaluate(this, values);
}
