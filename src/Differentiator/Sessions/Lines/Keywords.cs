using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>Finds the words that divide a command (<c>at</c>, <c>from</c>, <c>to</c>) outside brackets, between spaces.</summary>
internal static class Keywords
{
    /// <summary>Where <paramref name="word"/> first stands on its own in <paramref name="span"/> outside brackets, or -1.</summary>
    public static int Find(string line, SourceSpan span, string word)
    {
        var depth = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = line[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && IsWordAt(line, span, i, word)) return i;
        }
        return -1;
    }

    /// <summary>
    /// The command word that starts <paramref name="span"/> (followed by a space or the end), and
    /// the rest after it; null when the span starts otherwise.
    /// </summary>
    public static SourceSpan? After(string line, SourceSpan span, string word)
    {
        if (span.Length < word.Length || string.CompareOrdinal(line, span.Start, word, 0, word.Length) != 0) return null;
        var end = span.Start + word.Length;
        if (end < span.End && !char.IsWhiteSpace(line[end])) return null;
        return LineSpans.Between(line, end, span.End);
    }

    /// <summary>The parts of <paramref name="span"/> between commas outside brackets, each trimmed.</summary>
    public static IReadOnlyList<SourceSpan> SplitCommas(string line, SourceSpan span)
    {
        var parts = new List<SourceSpan>();
        var depth = 0;
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
        {
            var c = line[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            else if (c == ',' && depth == 0)
            {
                parts.Add(LineSpans.Between(line, start, i));
                start = i + 1;
            }
        }
        parts.Add(LineSpans.Between(line, start, span.End));
        return parts;
    }

    private static bool IsWordAt(string line, SourceSpan span, int i, string word)
    {
        if (i == span.Start || !char.IsWhiteSpace(line[i - 1])) return false;
        if (i + word.Length > span.End || string.CompareOrdinal(line, i, word, 0, word.Length) != 0) return false;
        var after = i + word.Length;
        return after == span.End || char.IsWhiteSpace(line[after]) || line[after] is '(' or '[';
    }
}
