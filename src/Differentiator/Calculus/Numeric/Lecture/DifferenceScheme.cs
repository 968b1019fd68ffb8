namespace Differentiator.Calculus.Numeric;

/// <summary>Which two points a first-order difference quotient uses.</summary>
public enum DifferenceScheme
{
    /// <summary><c>(f(x+h) - f(x-h)) / (2h)</c>: error O(h²).</summary>
    Central,
    /// <summary><c>(f(x+h) - f(x)) / h</c>: error O(h).</summary>
    Forward,
    /// <summary><c>(f(x) - f(x-h)) / h</c>: error O(h).</summary>
    Backward,
}

/// <summary>Text names of <see cref="DifferenceScheme"/>.</summary>
public static class DifferenceSchemes
{
    /// <summary><c>central</c>, <c>forward</c> or <c>backward</c>.</summary>
    public static string Name(this DifferenceScheme scheme) => scheme switch
    {
        DifferenceScheme.Forward => "forward",
        DifferenceScheme.Backward => "backward",
        _ => "central",
    };

    /// <summary>The formula in words, e.g. <c>(f(x+h) - f(x-h))/(2h)</c>.</summary>
    public static string Formula(this DifferenceScheme scheme) => scheme switch
    {
        DifferenceScheme.Forward => "(f(x+h) - f(x))/h",
        DifferenceScheme.Backward => "(f(x) - f(x-h))/h",
        _ => "(f(x+h) - f(x-h))/(2h)",
    };

    /// <summary>Parses a name (case-insensitive).</summary>
    /// <exception cref="InvalidInputException">Not a scheme name.</exception>
    public static DifferenceScheme Parse(string name) => name.ToLowerInvariant() switch
    {
        "central" => DifferenceScheme.Central,
        "forward" => DifferenceScheme.Forward,
        "backward" => DifferenceScheme.Backward,
        _ => throw new InvalidInputException($"Unknown scheme '{name}': use central, forward or backward."),
    };
}
