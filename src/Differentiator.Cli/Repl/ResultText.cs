using Differentiator.Expressions;
using Differentiator.Reports;
using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>The result lines of each kind of session result (its warnings and notes are printed after them).</summary>
internal static class ResultText
{
    public static IEnumerable<string> Lines(SessionResult result, OutputFormat format) => result switch
    {
        FormulaResult r => [Formula(r, format)],
        DefinitionResult r => [Definition(r.Definition, r.Expanded, r.Uses, format) + Redefinition(r)],
        DefinitionsResult r => r.Definitions.Count == 0 ? ["no definitions yet"] : r.Definitions.Select(d => Definition(d.Definition, d.Expanded, d.Uses, format)),
        GradientResult r => [r.Report.At is null ? Tuple(r.Report.Partials.Select(p => p.Derivative.Expression), format) : DiffText.Vector(r.Report)],
        HessianResult r => Hessian(r, format),
        StepsResult r => DiffText.Lines(r.Report, format),
        CompareResult r => [r.Report.Comparison.ToText()],
        NumDiffResult r => NumDiffText.Lines(r.Report),
        UndefinedResult r => [$"{r.Name} is no longer defined"],
        FormatResult r => [$"format: {r.Format.ToString().ToLowerInvariant()}"],
        HelpResult r => Help(r.Entries),
        SaveRequest r => [$"saved to {r.Path}"],
        FileWrittenResult r => [$"wrote {r.What} to {r.Path}"],
        NoticeResult r => [r.Text],
        PlotRequest => ["plotting is not available in this build of dx"],
        TruthTableResult r => TruthTableText.Lines(r.Tables),
        RecurrenceResult r => [$"sequences: {string.Join(", ", r.Names)} (:seq n prints the first n terms)"],
        SequenceResult r => SequenceText.Lines(r.Report),
        _ => [],
    };

    /// <summary><c>16</c>; <c>1/3 = 0.3333333333333333</c>; <c>2x + 3xy + y^3 = 16</c> at a point; <c>ln(-1) = undefined</c>.</summary>
    private static string Formula(FormulaResult r, OutputFormat format)
    {
        var shown = Show(r.Formula.Expression, format);
        if (r.Value is { } v)
        {
            var value = Numbers.Format(v);
            return shown == value || r.Formula.Expression is Real ? shown : $"{shown} = {value}";
        }
        return r.ValueError is not null ? $"{shown} = undefined" : shown;
    }

    /// <summary>As written; when it uses other definitions, also with them put in and worked out (<c>h(x) = f(x, 2) = 8x + 8</c>).</summary>
    private static string Definition(Definition d, Formula expanded, IReadOnlyList<string> uses, OutputFormat format)
    {
        if (uses.Count == 0) return format == OutputFormat.Text ? d.ToString() : $"{d.Head} = {Show(expanded.Expression, format)}";
        return $"{d} = {Show(expanded.Simplify().Expression, format)}";
    }

    private static string Redefinition(DefinitionResult r) =>
        !r.Redefined ? "" : r.Dependents.Count == 0 ? "   (redefined)" : $"   (redefined; {string.Join(", ", r.Dependents)} now use{(r.Dependents.Count == 1 ? "s" : "")} it)";

    private static IEnumerable<string> Hessian(HessianResult r, OutputFormat format)
    {
        for (var i = 0; i < r.Entries.Count; i++)
            yield return r.Values is { } values
                ? "[" + string.Join(", ", values[i].Select(v => v is { } x ? Numbers.Format(x) : "undefined")) + "]"
                : "[" + string.Join(", ", r.Entries[i].Select(e => Show(e.Expression, format))) + "]";
    }

    private static IEnumerable<string> Help(IReadOnlyList<HelpEntry> entries)
    {
        var width = entries.Max(e => e.Usage.Length) + 2;
        var exampleWidth = entries.Max(e => e.Example.Length) + 2;
        foreach (var e in entries)
            yield return $"{e.Usage.PadRight(width)}{e.Example.PadRight(exampleWidth)}{e.Description}";
    }

    private static string Tuple(IEnumerable<Expr> items, OutputFormat format) => "(" + string.Join(", ", items.Select(e => Show(e, format))) + ")";

    private static string Show(Expr e, OutputFormat format) => FormulaView.Show(e, format);
}
