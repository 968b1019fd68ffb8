namespace Differentiator;

/// <summary>Lists names for a message: all of a short list, the first few of a long one and how many more.</summary>
internal static class NameList
{
    /// <summary>How many names a message lists before saying how many more there are.</summary>
    public const int Shown = 8;

    /// <summary><c>x, y, z</c>, or <c>a, b, c, d, e, f, g, h and 24,992 more</c>.</summary>
    public static string Describe(IReadOnlyCollection<string> names) => names.Count <= Shown
        ? string.Join(", ", names)
        : $"{string.Join(", ", names.Take(Shown))} and {names.Count - Shown:N0} more";
}
