using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>How a rendering writes expressions and derivative operators: plain text or LaTeX.</summary>
internal sealed class StepNotation
{
    public static readonly StepNotation Text = new(e => e.ToString(), v => $"d/d{v}", (f, v) => $"d{f}/d{v}", " · ", "  ", "\n");

    public static readonly StepNotation Latex = new(
        LatexOf, v => $"\\frac{{d}}{{d{v}}}", (f, v) => $"\\frac{{d{f}}}{{d{v}}}", " \\cdot ", "\\quad ", " \\\\\n");

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

    /// <summary>Words between formulas: as they are in text, in <c>\text{…}</c> in LaTeX.</summary>
    public string Words(string words) => ReferenceEquals(this, Latex) ? $"\\text{{{words}}}" : words;

    public string Group(string text) => ReferenceEquals(this, Latex) ? $"\\left({text}\\right)" : $"({text})";

    private static string LatexOf(Expr e) => LatexBridge.Print(e);
}
