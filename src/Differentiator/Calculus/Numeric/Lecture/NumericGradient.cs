namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The lecture's numeric gradient, faithful bit for bit: for every element of the input (one
/// iterator over any shape, like <c>np.nditer</c> with <c>multi_index</c>) the element is set to
/// x+h and x−h in place, f is evaluated, the element is restored, and the quotient is stored into a
/// gradient allocated like the input (<c>zeros_like</c>). An int64 input stores x ± h truncated, as
/// NumPy does; the result then carries warnings that say so.
/// </summary>
public static class NumericGradient
{
    /// <summary>The numeric gradient of <paramref name="f"/> at <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException">The function reads a different number of elements than the input has.</exception>
    public static NumericGradientResult Compute(IArrayFunction f, NdArray x, NumericGradientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        options ??= new NumericGradientOptions();
        if (f.Count != x.Count)
            throw new ArgumentException($"The function reads {f.Count} elements; the input has {x.Count}.", nameof(x));

        var h = options.Delta;
        var dtype = x.DType;
        var values = x.ToDoubleArray();
        var grad = NdArray.ZerosLike(x, options.GradientDType == GradientDType.Float64 ? DType.Float64 : null).ToMutable();
        var trace = new List<string>();
        var warnings = new List<NumericWarning>();
        if (options.Trace)
        {
            trace.Add($"debug 1. initial input variable = {x}");
            trace.Add($"debug 2. initial grad = {grad}");
        }

        var pairs = new PerturbedPairs(f, values, dtype, options.Scheme, h);
        foreach (var idx in ElementIterator.Over(x))
        {
            var tmp = values[idx.Flat];
            if (options.Trace) trace.Add($"debug 3. idx = {idx}, x[idx] = {x.ElementText(idx.Flat)}");
            var (intendedHigh, intendedLow) = Points(options.Scheme, tmp, h);
            var (high, low, fHigh, fLow) = pairs.For(idx.Flat);
            var quotient = options.Scheme == DifferenceScheme.Central ? (fHigh - fLow) / (2 * h) : (fHigh - fLow) / h;
            var stored = grad.Set(idx.Flat, quotient);
            if (options.Trace) trace.Add($"debug 4. grad[idx] = {grad.ElementText(idx.Flat)}");

            if (high != intendedHigh || low != intendedLow)
                warnings.Add(IntegerInputDiagnosis.Truncated(f, x, idx, options, new(intendedHigh, high, fHigh), new(intendedLow, low, fLow), quotient));
            if (BitConverter.DoubleToInt64Bits(stored) != BitConverter.DoubleToInt64Bits(quotient) && !double.IsNaN(quotient))
                warnings.Add(IntegerInputDiagnosis.GradientTruncated(idx, quotient, stored));
        }

        var gradient = grad.ToImmutable();
        if (options.Trace) trace.Add($"debug 5. grad = {gradient}");
        return new NumericGradientResult(x, gradient, options, warnings, trace);
    }

    /// <summary>The two points of the scheme, before they are stored: (x+h, x−h), (x+h, x) or (x, x−h).</summary>
    internal static (double High, double Low) Points(DifferenceScheme scheme, double x, double h) => scheme switch
    {
        DifferenceScheme.Forward => (x + h, x),
        DifferenceScheme.Backward => (x, x - h),
        _ => (x + h, x - h),
    };

    /// <summary>The value an element of this dtype holds after <paramref name="value"/> is written into it.</summary>
    internal static double Store(DType dtype, double value) => dtype == DType.Int64 ? DTypes.TruncateToInt64(value) : value;
}
