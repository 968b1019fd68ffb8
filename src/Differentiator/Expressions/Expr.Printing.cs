using Differentiator.Expressions.Evaluation;
using Differentiator.Expressions.Printing;

namespace Differentiator.Expressions;

public abstract partial class Expr
{
    /// <summary>The readable text form, e.g. <c>6x e^(3x^2)</c>; the parser reads it back to the same tree.</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this expression.</exception>
    public string ToText() => TextPrinter.Format(this);

    /// <summary>The code form: explicit <c>*</c> and calls, <c>^</c> (plain) or <c>**</c> (Python) for powers.</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this expression.</exception>
    public string ToCode(CodeFlavor flavor = CodeFlavor.Plain) => CodePrinter.Format(this, flavor);

    /// <summary>The LaTeX form; the parser reads it back (as LaTeX input) to the same tree.</summary>
    /// <exception cref="NotPrintableException">No text within the parser's limits reads back as this expression.</exception>
    public string ToLatex() => LatexPrinter.Format(this);

    /// <summary>
    /// Presentation MathML, a whole <c>&lt;math xmlns="http://www.w3.org/1998/Math/MathML"&gt;</c>
    /// element: fractions as <c>&lt;mfrac&gt;</c>, powers as <c>&lt;msup&gt;</c>, roots, function
    /// applications; an infinite or NaN decimal is shown as ∞ or NaN.
    /// </summary>
    /// <exception cref="NotPrintableException">The MathML would be longer than ten times the parser's length limit.</exception>
    public string ToMathMl() => MathMlPrinter.Format(this);

    /// <summary>Evaluates in double precision; see <see cref="Evaluator"/>.</summary>
    /// <exception cref="EvaluationException">A variable has no value, or the expression is undefined there.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values) => Evaluator.Evaluate(this, values);
}
