using System.Text;

namespace Differentiator.Cli;

/// <summary>Rows of text in left-aligned columns, two spaces apart.</summary>
public static class TextTable
{
    /// <summary>The header and the rows, each column as wide as its widest cell; lines carry no trailing spaces.</summary>
    public static string Format(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        List<IReadOnlyList<string>> all = [header, .. rows];
        var widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Count; c++) line.Append(c < row.Count - 1 ? row[c].PadRight(widths[c] + 2) : row[c]);
            sb.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return sb.ToString().TrimEnd('\n');
    }
}
