namespace Differentiator;

/// <summary>Lists names for a message: all of a short list, the first few of a long one and how many more.</summary>
internal static class NameList
{
    /// <summary><c>x, y, z</c>, or <c>a, b, c, d, e, f, g, h and 24,992 more</c>; see <see cref="Syntax.MessageText.FirstFew"/>.</summary>
    public static string Describe(IReadOnlyCollection<string> names) => Syntax.MessageText.FirstFew(names);
}
