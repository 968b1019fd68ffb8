namespace Differentiator.Expressions;

/// <summary>
/// Where a non-smooth call (abs, sign, step, relu, max, min) switches: its single argument
/// crosses 0, or its two arguments cross each other. The switch value is the argument, or the
/// first argument minus the second.
/// </summary>
internal static class KinkSwitch
{
    /// <summary>Whether the function's kink sits where its argument is 0 (or its two arguments are equal).</summary>
    public static bool HasKinkAtZero(Call call) => call.Function.IsNonSmoothAt(new double[call.Arguments.Count]);

    /// <summary>The value whose sign tells the side of the kink: x, or a − b for max and min.</summary>
    public static double Value(double[] arguments) => arguments.Length == 2 ? arguments[0] - arguments[1] : arguments[0];
}
