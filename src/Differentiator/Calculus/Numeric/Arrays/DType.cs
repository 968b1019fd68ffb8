namespace Differentiator.Calculus.Numeric;

/// <summary>The element type of an <see cref="NdArray"/>, as NumPy names it.</summary>
public enum DType
{
    /// <summary>64-bit signed integers (<c>np.array([3])</c>).</summary>
    Int64,
    /// <summary>IEEE double precision (<c>np.array([3.0])</c>).</summary>
    Float64,
}

/// <summary>Names and conversions of <see cref="DType"/>.</summary>
public static class DTypes
{
    /// <summary>NumPy's name: <c>int64</c> or <c>float64</c>.</summary>
    public static string Name(this DType dtype) => dtype == DType.Int64 ? "int64" : "float64";

    /// <summary>
    /// Converts a double the way NumPy stores it into an int64 element: truncation toward zero
    /// (<c>2.99999</c> becomes 2, <c>-2.5</c> becomes -2). NaN, infinities and values outside the
    /// int64 range have no integer value; NumPy (x86-64) stores <see cref="long.MinValue"/> for them,
    /// and so does this method.
    /// </summary>
    public static long TruncateToInt64(double value)
    {
        // 2^63 is exactly representable; every double below it in magnitude fits after truncation.
        const double Limit = 9223372036854775808.0;
        if (double.IsNaN(value) || value >= Limit || value < -Limit) return long.MinValue;
        return (long)Math.Truncate(value);
    }
}
