using System.Globalization;
using System.Text;

namespace Differentiator.Syntax;

/// <summary>
/// Keeps what a message echoes short, whatever the input: a long text is shown as its start and
/// end around an ellipsis, a long list as its first few items and "and N more". Every message that
/// quotes the input or lists names goes through here, so a 100,000-letter formula gets a message
/// of a line, not of 400 KB.
/// </summary>
public static class MessageText
{
    /// <summary>The most characters <see cref="Excerpt(string, int)"/> keeps.</summary>
    public const int MaxExcerpt = 40;

    /// <summary>The most items <see cref="FirstFew"/> names.</summary>
    public const int MaxItems = 8;

    /// <summary>
    /// <paramref name="text"/> itself when it has at most <paramref name="max"/> characters, else its
    /// start and end around "…": <c>abcdefghijklmnopq…tuvwxyz</c>.
    /// </summary>
    public static string Excerpt(string text, int max = MaxExcerpt)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Excerpt(text, new SourceSpan(0, text.Length), max);
    }

    /// <summary>The <see cref="Excerpt(string, int)"/> of the text at <paramref name="span"/>, without copying the rest of it.</summary>
    internal static string Excerpt(string source, SourceSpan span, int max = MaxExcerpt)
    {
        var start = Math.Clamp(span.Start, 0, source.Length);
        var end = Math.Clamp(span.End, start, source.Length);
        max = Math.Max(max, 3);
        if (end - start <= max) return source[start..end];
        var tail = (max - 1) / 3;
        var head = SafeCut(source, start + max - 1 - tail);
        var tailStart = end - tail;
        if (char.IsLowSurrogate(source[tailStart])) tailStart++;
        return string.Concat(source.AsSpan(start, head - start), "…", source.AsSpan(tailStart, end - tailStart));
    }

    /// <summary>
    /// The items joined by <paramref name="separator"/>, or, when there are more than one past
    /// <paramref name="max"/>, the first <paramref name="max"/> and "and N more":
    /// <c>x1, x2, x3, x4, x5, x6, x7, x8 and 24,992 more</c>. Each item is itself an <see cref="Excerpt(string, int)"/>.
    /// </summary>
    public static string FirstFew(IEnumerable<string> items, string separator = ", ", int max = MaxItems)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(separator);
        max = Math.Max(max, 1);
        var shown = new List<string>(max + 1);
        var count = 0;
        foreach (var item in items)
        {
            if (count <= max) shown.Add(Excerpt(item));
            count++;
        }
        // "and 1 more" says no less than the item itself would.
        if (count <= max + 1) return string.Join(separator, shown);
        return string.Join(separator, shown.Take(max)) + " and " + Count(count - max) + " more";
    }

    /// <summary>A count with thousands separators, as messages print them: 100,000.</summary>
    internal static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Where to cut so that a surrogate pair is not split.</summary>
    private static int SafeCut(string text, int at) => at > 0 && char.IsHighSurrogate(text[at - 1]) ? at - 1 : at;

}
