using System.Text.Json;
using Differentiator.Expressions;
using Differentiator.Expressions.Printing;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Pipeline;

namespace Differentiator.Fuzz.Campaign;

/// <summary>
/// The derivatives of generated formulas, one JSON object a line, for <c>sympy_length.py</c>
/// (issue 13: the printed length of a derivative within 1.5× SymPy's <c>simplify</c>): the first
/// <see cref="FuzzOptions.Derivatives"/> grammar-generated inputs of the seed that parse and have a
/// variable, each differentiated by its first variable, in the Python code form SymPy reads.
/// </summary>
public static class DerivativeExport
{
    /// <summary>Writes the lines; 0.</summary>
    public static int Run(FuzzOptions options, TextWriter output)
    {
        var generator = new InputGenerator(options.Seed, Corpus.Load());
        var written = 0;
        for (var i = options.Start; written < options.Derivatives; i++)
        {
            var (text, kind) = generator.At(i);
            if (kind is not (InputKind.GrammarPlain or InputKind.GrammarLatex or InputKind.GrammarUnicode)) continue;
            if (!Formula.TryParse(text, out var formula, out _) || formula.Variables.Count == 0) continue;
            var variable = formula.Variables[0];
            var (ok, derivative) = Guard.Try("Formula.Differentiate", () => formula.Differentiate(variable));
            if (!ok || derivative is null) continue;
            output.WriteLine(JsonSerializer.Serialize(new
            {
                index = i,
                variables = formula.Variables.Select(v => Expr.Variable(v).ToCode(CodeFlavor.Python)).ToArray(),
                variable = Expr.Variable(variable).ToCode(CodeFlavor.Python),
                formula = formula.Expression.ToCode(CodeFlavor.Python),
                derivative = derivative.Expression.ToCode(CodeFlavor.Python),
                text = derivative.Expression.ToText(),
            }));
            written++;
        }
        return 0;
    }
}
