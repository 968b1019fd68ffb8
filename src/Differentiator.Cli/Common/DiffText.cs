using Differentiator.Calculus.Symbolic;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The text forms of a derivative report, shared by <c>dx diff</c>, <c>dx grad</c> and the REPL.</summary>
public static class DiffText
{
    /// <summary>
    /// One line per derivative (<c>d/dx: 2 + 3y = 8</c>), its working first when it was asked for;
    /// <paramref name="shared"/> names repeated subexpressions once in the text form.
    /// </summary>
    public static IEnumerable<string> Lines(DiffReport report, OutputFormat format, bool shared = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var p in report.Partials)
        {
            foreach (var stage in p.Steps)
                yield return format == OutputFormat.Latex ? stage.ToLatex() : stage.ToText();
            var shown = shared && format == OutputFormat.Text
                ? SharedForm.Print(p.Derivative.Expression)
                : FormulaView.Show(p.Derivative.Expression, format);
            var label = format == OutputFormat.Latex ? p.LatexLabel + " =" : p.Label + ":";
            yield return $"{label} {shown}{ValueSuffix(p)}";
        }
    }

    /// <summary>The values at the point as a vector: <c>[8, 15]</c> (<c>undefined</c> where a partial has none).</summary>
    public static string Vector(DiffReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return "[" + string.Join(", ", report.Partials.Select(p => p.Value is { } v ? Numbers.Format(v) : "undefined")) + "]";
    }

    private static string ValueSuffix(PartialReport p) =>
        p.Value is { } v ? $" = {Numbers.Format(v)}" : p.ValueError is not null ? " = undefined" : "";
}
