using Differentiator.Syntax;

namespace Differentiator.Grading;

/// <summary>
/// Splits a list answer <c>[2 + 3y, 3x + 3y^2]</c> (brackets, parentheses or none) into its
/// components at the commas outside any bracket, keeping each component's span in the answer.
/// </summary>
internal static class ListSplitter
{
    public static IReadOnlyList<SourceSpan> Split(string text)
    {
        var (start, end) = Inner(text);
        var parts = new List<SourceSpan>();
        var depth = 0;
        var from = start;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}': depth--; break;
                case ',' when depth == 0:
                    parts.Add(new SourceSpan(from, i - from));
                    from = i + 1;
                    break;
            }
        }
        parts.Add(new SourceSpan(from, end - from));
        return parts;
    }

    /// <summary>Whether <paramref name="text"/> has a comma outside any bracket (after taking off a surrounding pair).</summary>
    public static bool IsList(string text) => Split(text).Count > 1;

    /// <summary>The text inside the list's brackets, or all of it when it is not enclosed in one pair.</summary>
    private static (int Start, int End) Inner(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - start >= 2 && Closes(text[start], text[end - 1]) && MatchingClose(text, start) == end - 1)
            return (start + 1, end - 1);
        return (start, end);
    }

    private static bool Closes(char open, char close) => (open, close) is ('[', ']') or ('(', ')');

    private static int MatchingClose(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] is '(' or '[' or '{') depth++;
            else if (text[i] is ')' or ']' or '}' && --depth == 0) return i;
        }
        return -1;
    }
}
