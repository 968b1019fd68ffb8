namespace Differentiator.Syntax;

/// <summary>A range of a formula's text, in UTF-16 code units from the start.</summary>
/// <param name="Start">The first position (0-based).</param>
/// <param name="Length">How many code units.</param>
public readonly record struct SourceSpan(int Start, int Length)
{
    /// <summary>One past the last position.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static SourceSpan Cover(SourceSpan first, SourceSpan last) => new(first.Start, Math.Max(first.End, last.End) - first.Start);

    /// <summary>The text this span covers; the part of it within <paramref name="source"/> when the span reaches past its end.</summary>
    public string Of(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var start = Math.Clamp(Start, 0, source.Length);
        return source.Substring(start, Math.Clamp(End - start, 0, source.Length - start));
    }
}
