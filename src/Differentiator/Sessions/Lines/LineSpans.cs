using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>Moves spans found in a piece of a line onto the whole line, and trims pieces of a line.</summary>
internal static class LineSpans
{
    public static SourceSpan Shift(SourceSpan span, int offset) => new(span.Start + offset, span.Length);

    public static ReportMessage Shift(ReportMessage message, int offset) =>
        message.Span is { } span ? message with { Span = Shift(span, offset) } : message;

    public static IReadOnlyList<ReportMessage> Shift(IEnumerable<ReportMessage> messages, int offset) =>
        [.. messages.Select(m => Shift(m, offset))];

    /// <summary>The span without white space at either end (an empty span stays where it starts).</summary>
    public static SourceSpan Trim(string line, SourceSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(line[start])) start++;
        while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
        return new SourceSpan(start, end - start);
    }

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>, trimmed.</summary>
    public static SourceSpan Between(string line, int start, int end) => Trim(line, new SourceSpan(start, end - start));

    /// <summary>The text of the span.</summary>
    public static string Text(string line, SourceSpan span) => line.Substring(span.Start, span.Length);
}
