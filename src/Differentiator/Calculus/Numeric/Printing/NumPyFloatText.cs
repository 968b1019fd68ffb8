namespace Differentiator.Calculus.Numeric;

/// <summary>Python's <c>repr</c> of a float64 (and NumPy 1.24's of <c>np.float64</c>): <c>3.0</c>, <c>6.000000000039306</c>, <c>1e-05</c>.</summary>
public static class NumPyFloatText
{
    /// <summary>
    /// The shortest digits that read back as <paramref name="value"/>: positional with at least one
    /// fractional digit when 1e-4 ≤ |x| &lt; 1e16 (or zero), otherwise scientific with a two-digit
    /// exponent (<c>1e-05</c>, <c>1.5e+16</c>); <c>nan</c>, <c>inf</c>, <c>-inf</c>.
    /// </summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var magnitude = Math.Abs(value);
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e16)
            ? Dragon4Format.Positional(value, trim: TrimMode.LeaveOneZero)
            : Dragon4Format.Scientific(value, trim: TrimMode.DptZeros);
    }
}
