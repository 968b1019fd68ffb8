namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The perturb, evaluate, restore step of the lecture's loop: for element i, the two points of the
/// scheme as the element stores them, and f at each. A function with a fast path is asked for a
/// batch of consecutive elements at once (the loop visits them in C order); any other function is
/// perturbed in place and restored, one element at a time.
/// </summary>
internal sealed class PerturbedPairs(IArrayFunction f, double[] values, DType dtype, DifferenceScheme scheme, double h)
{
    private readonly Dictionary<int, (double High, double Low, double FHigh, double FLow)> _ready = [];

    public (double High, double Low, double FHigh, double FLow) For(int flat)
    {
        if (_ready.Remove(flat, out var done)) return done;
        if (f is not IPerturbableFunction fast)
        {
            var (high, low) = StoredPoints(flat);
            var saved = values[flat];
            values[flat] = high;
            var fHigh = f.Evaluate(values);
            values[flat] = low;
            var fLow = f.Evaluate(values);
            values[flat] = saved;
            return (high, low, fHigh, fLow);
        }
        var count = Math.Min(Math.Max(1, fast.MaxBatch), values.Length - flat);
        Span<int> flats = stackalloc int[count];
        Span<double> highs = stackalloc double[count], lows = stackalloc double[count], fHighs = stackalloc double[count], fLows = stackalloc double[count];
        for (var i = 0; i < count; i++)
        {
            flats[i] = flat + i;
            (highs[i], lows[i]) = StoredPoints(flat + i);
        }
        fast.EvaluatePerturbed(values, flats, highs, lows, fHighs, fLows);
        for (var i = 1; i < count; i++) _ready[flat + i] = (highs[i], lows[i], fHighs[i], fLows[i]);
        return (highs[0], lows[0], fHighs[0], fLows[0]);
    }

    /// <summary>The scheme's points, as an element of this dtype holds them.</summary>
    public (double High, double Low) StoredPoints(int flat)
    {
        var (high, low) = NumericGradient.Points(scheme, values[flat], h);
        return (NumericGradient.Store(dtype, high), NumericGradient.Store(dtype, low));
    }
}
