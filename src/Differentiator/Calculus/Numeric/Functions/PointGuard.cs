namespace Differentiator.Calculus.Numeric;

/// <summary>The check every one-variable derivative makes of its point.</summary>
internal static class PointGuard
{
    /// <exception cref="ArgumentException">The point gives no value for <paramref name="variable"/>.</exception>
    public static void RequireValue<T>(IReadOnlyDictionary<string, T> point, string variable)
    {
        if (!point.ContainsKey(variable)) throw new ArgumentException($"The point gives no value for '{variable}'.", nameof(variable));
    }
}
