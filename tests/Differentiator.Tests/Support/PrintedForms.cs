using Differentiator.Expressions;
using Differentiator.Expressions.Printing;

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
        var names = SymbolNamesOf(expected).Union(SymbolNamesOf(actual)).Order().ToArray();
        for (var k = 0; k < Values.Length; k++)
        {
            var point = names.Select((n, i) => (n, Values[(i + k) % Values.Length])).ToDictionary(p => p.n, p => p.Item2);
            if (!SafeEvaluation.TryEvaluate(expected, point, out var a) || !SafeEvaluation.TryEvaluate(actual, point, out var b)) continue;
            if (IllConditioned(expected, point, a)) continue;
            if (!Close(a, b))
                throw new AssertionException($"{what} is {b} at {string.Join(", ", point.Select(p => $"{p.Key}={p.Value}"))}, not {a}");
        }
    }

    /// <summary>
    /// Whether the value moves by more than a relative 1e-5 when every coordinate moves by a relative
    /// 1e-9 (cot of a huge quotient): there two spellings that merely round differently disagree, and
    /// the disagreement says nothing about the printer.
    /// </summary>
    private static bool IllConditioned(Expr e, Dictionary<string, double> point, double value)
    {
        var nudged = point.ToDictionary(p => p.Key, p => p.Value * (1 + 1e-9));
        return !SafeEvaluation.TryEvaluate(e, nudged, out var moved) || Math.Abs(moved - value) > 1e-5 * Math.Max(1, Math.Abs(value));
    }

    public static bool Close(double a, double b) => a == b || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    private static HashSet<string> SymbolNamesOf(Expr root)
    {
        var names = new HashSet<string>();
        var pending = new Stack<Expr>([root]);
        while (pending.Count > 0)
        {
            var e = pending.Pop();
            if (e is Symbol s) names.Add(s.Name);
            foreach (var c in e.Children) pending.Push(c);
        }
        return names;
    }

    public static string Abbreviate(string s) => s.Length <= 300 ? s : s[..150] + $"…({s.Length} characters)…" + s[^100..];
}
