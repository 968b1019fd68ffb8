using System.Globalization;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The text form of a value table: aligned columns, <c>undefined</c> where a value is.</summary>
public static class TableText
{
    /// <summary>The formulas of the columns, then the heading and one line per row.</summary>
    public static IEnumerable<string> Lines(TableReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var headings = report.Headings;
        for (var k = 0; k < report.Columns.Count; k++)
            yield return $"{headings[k + 1]} = {report.Columns[k].ToText()}";
        var cells = report.Rows.Select(r => (IReadOnlyList<string>)[Show(r.X), .. r.Values.Select(v => v is { } d ? Show(d) : "undefined")]).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        yield return string.Join("  ", headings.Select((h, i) => h.PadLeft(widths[i])));
        foreach (var row in cells) yield return string.Join("  ", row.Select((c, i) => c.PadLeft(widths[i])));
    }

    private static string Show(double v) => v.ToString("G10", CultureInfo.InvariantCulture);
}
