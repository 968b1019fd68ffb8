namespace Differentiator.Cli;

/// <summary>One formula read from standard input, with the line it stood on (1-based).</summary>
public sealed record FormulaLine(int Line, string Text);

/// <summary>
/// Standard input as formulas: one per line, blank lines and lines starting with <c>#</c>
/// skipped, a UTF-8 byte order mark at the start dropped. A line break never joins two formulas.
/// </summary>
public static class FormulaLines
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>The text without a byte order mark at its start.</summary>
    public static string WithoutByteOrderMark(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] == ByteOrderMark ? text[1..] : text;
    }

    /// <summary>The formulas of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<FormulaLine> Split(string text)
    {
        text = WithoutByteOrderMark(text);
        var lines = new List<FormulaLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var content = line.Trim();
            if (content.Length == 0 || content[0] == '#') continue;
            lines.Add(new FormulaLine(number, line));
        }
        return lines;
    }
}
