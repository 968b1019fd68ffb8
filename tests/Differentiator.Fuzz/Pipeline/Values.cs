namespace Differentiator.Fuzz.Pipeline;

/// <summary>Comparing the values of two evaluations, where NaN and an evaluation error both mean "undefined".</summary>
public static class Values
{
    /// <summary>The tolerance of two evaluations of the same value through different trees: relative, absolute below 1.</summary>
    public const double ReadBackTolerance = 1e-9;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same value (both undefined, equal infinities, or close).</summary>
    public static bool Same(double a, double b, double tolerance)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b);
        if (double.IsInfinity(a) || double.IsInfinity(b)) return a == b || Close(a, b, tolerance);
        return Close(a, b, tolerance);
    }

    private static bool Close(double a, double b, double tolerance)
    {
        var scale = Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
        return double.IsFinite(scale) ? Math.Abs(a - b) <= tolerance * scale : a == b;
    }

    /// <summary>A value for the messages: round-trip digits, or "undefined".</summary>
    public static string Show(double value) => double.IsNaN(value) ? "undefined" : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
