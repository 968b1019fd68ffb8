using Differentiator.Expressions;
using Differentiator.Expressions.Printing;
using Conditioning = Differentiator.Fuzz.Pipeline.Conditioning;
using FuzzValues = Differentiator.Fuzz.Pipeline.Values;

namespace Differentiator.Tests.Support;

/// <summary>
/// The printed forms and what reading them back must give: the text, code and LaTeX forms the same
/// tree, the Python form (another spelling of some functions) the same value.
/// </summary>
public static class PrintedForms
{
    public sealed record Form(string Name, Func<Expr, string> Print, Func<Formula, string> PrintFormula, bool SameTree)
    {
        public override string ToString() => Name;
    }

    public static readonly Form Text = new("text", e => e.ToText(), f => f.ToText(), true);
    public static readonly Form Code = new("code", e => e.ToCode(), f => f.ToCode(), true);
    public static readonly Form Latex = new("LaTeX", e => e.ToLatex(), f => f.ToLatex(), true);
    public static readonly Form Python = new("Python", e => e.ToCode(CodeFlavor.Python), f => f.ToCode(CodeFlavor.Python), false);

    public static readonly Form[] All = [Text, Code, Latex, Python];

    /// <summary>
    /// Prints <paramref name="tree"/> in <paramref name="form"/> and reads it back: the same tree (or
    /// value), or <see cref="NotPrintableException"/> when <paramref name="mayRefuse"/>, but never
    /// text the parser refuses. Returns the printed text, or null when refused.
    /// </summary>
    public static string? AssertReadsBack(Expr tree, Form form, bool mayRefuse = false) =>
        AssertReadsBack(tree, () => form.Print(tree), form, null, mayRefuse);

    /// <summary>The same for a formula parsed with <paramref name="options"/>, printed knowing its declared names.</summary>
    public static string? AssertReadsBack(Formula f, Form form, ParseOptions? options) =>
        AssertReadsBack(f.Expression, () => form.PrintFormula(f), form, options, false);

    private static string? AssertReadsBack(Expr tree, Func<string> print, Form form, ParseOptions? options, bool mayRefuse)
    {
        string printed;
        try
        {
            printed = print();
        }
        catch (NotPrintableException) when (mayRefuse)
        {
            return null;
        }
        if (!Formula.TryParse(printed, out var back, out var error, options))
            throw new AssertionException($"the {form} form '{Abbreviate(printed)}' of {Abbreviate(TreeDump.Of(tree))} does not parse: {error.Message}");
        if (form.SameTree)
        {
            if (back.Expression != tree)
                throw new AssertionException($"the {form} form '{Abbreviate(printed)}' reads back as {Abbreviate(TreeDump.Of(back.Expression))}, not {Abbreviate(TreeDump.Of(tree))}");
        }
        else AssertSameValues(tree, back.Expression, $"the {form} form '{Abbreviate(printed)}'");
        return printed;
    }

    private static readonly double[] Values = [0.7, -1.3, 2.9, 0.25];

    /// <summary>Both evaluate alike at a few points wherever both are defined.</summary>
    public static void AssertSameValues(Expr expected, Expr actual, string what)
    {
        var names = SymbolNames.Of(expected).Union(SymbolNames.Of(actual)).Order().ToArray();
        for (var k = 0; k < Values.Length; k++)
        {
            var point = names.Select((n, i) => (n, Values[(i + k) % Values.Length])).ToDictionary(p => p.n, p => p.Item2);
            if (!SafeEvaluation.TryEvaluate(expected, point, out var a) || !SafeEvaluation.TryEvaluate(actual, point, out var b)) continue;
            // As the fuzzer's read-back check: nudging the variables does not show a constant part
            // whose spellings round apart (cbrt(13) against sign(13)*Abs(13)**(1/3) times 1e300 in sec).
            if (Conditioning.IsIll(expected, point, a) || Conditioning.HasHugePart(expected, point, Conditioning.HugeForSpellings)) continue;
            if (!FuzzValues.Same(a, b, FuzzValues.ReadBackTolerance))
                throw new AssertionException($"{what} is {b} at {string.Join(", ", point.Select(p => $"{p.Key}={p.Value}"))}, not {a}");
        }
    }

    public static string Abbreviate(string s) => s.Length <= 300 ? s : s[..150] + $"…({s.Length} characters)…" + s[^100..];
}
