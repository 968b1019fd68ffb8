using Differentiator.Expressions;
using Differentiator.Expressions.Printing;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// How a rendering writes expressions and derivative operators: plain text or LaTeX. A formula in
/// a step is shown up to <see cref="FormulaCharacters"/> characters, so that every line stays
/// small whatever the derivation.
/// </summary>
internal sealed class StepNotation
{
    /// <summary>The longest formula a step line shows; a text formula is cut there ("…"), a LaTeX one named.</summary>
    public const int FormulaCharacters = 400;

    public static readonly StepNotation Text = new(
        e => TextPrinter.Display(e, maxCharacters: FormulaCharacters), v => $"d/d{v}", (f, v) => $"d{f}/d{v}", " · ", "  ", "\n");

    public static readonly StepNotation Latex = new(
        e => LatexPrinter.Display(e, FormulaCharacters), v => $"\\frac{{d}}{{d{v}}}", (f, v) => $"\\frac{{d{f}}}{{d{v}}}", " \\cdot ", "\\quad ", " \\\\\n");

    private StepNotation(Func<Expr, string> print, Func<string, string> operatorOf, Func<string, string, string> ratio,
        string times, string indent, string lineBreak)
    {
        Print = print;
        Operator = operatorOf;
        Ratio = ratio;
        Times = times;
        Indent = indent;
        LineBreak = lineBreak;
    }

    public Func<Expr, string> Print { get; }

    /// <summary>d/dx.</summary>
    public Func<string, string> Operator { get; }

    /// <summary>df/dt.</summary>
    public Func<string, string, string> Ratio { get; }

    public string Times { get; }

    public string Indent { get; }

    public string LineBreak { get; }

    /// <summary>An operand of a product: parenthesised when it is a sum or starts with a minus sign.</summary>
    public string Factor(Expr e)
    {
        var text = Print(e);
        return e is Sum || text.StartsWith('-') ? Group(text) : text;
    }

    /// <summary>Words between formulas: as they are in text, in <c>\text{…}</c> in LaTeX.</summary>
    public string Words(string words) => ReferenceEquals(this, Latex) ? $"\\text{{{words}}}" : words;

    public string Group(string text) => ReferenceEquals(this, Latex) ? $"\\left({text}\\right)" : $"({text})";
}
