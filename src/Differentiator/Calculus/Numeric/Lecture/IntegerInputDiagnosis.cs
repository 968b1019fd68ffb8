using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>One point of a difference quotient: the value meant, the value the element held, and f there.</summary>
internal readonly record struct StoredPoint(double Intended, double Stored, double F);

/// <summary>
/// Explains the lecture's Problem 5: an int64 input cannot hold x ± h, so the difference quotient
/// compares f at two integers (or at the same one) and is no derivative at all.
/// </summary>
internal static class IntegerInputDiagnosis
{
    public static NumericWarning Truncated(IArrayFunction f, NdArray x, ElementIndex idx, NumericGradientOptions options,
        StoredPoint high, StoredPoint low, double quotient)
    {
        var h = options.Delta;
        var tmp = x.GetDouble(idx.Flat);
        var stores = new List<string>();
        if (high.Intended != high.Stored) stores.Add($"{Int(tmp)} + {R(h)} was stored as {Int(high.Stored)}");
        if (low.Intended != low.Stored) stores.Add($"{Int(tmp)} - {R(h)} as {Int(low.Stored)}");
        var divisor = options.Scheme == DifferenceScheme.Central ? 2 * h : h;
        var floatValue = FloatQuotient(f, x, idx.Flat, options);
        var fix = floatValue is double v
            ? $"Use a float input ({R(tmp)}, an array of dtype float64): then the {options.Scheme.Name()} difference is {R(v)}."
            : $"Use a float input ({R(tmp)}, an array of dtype float64).";
        var message =
            $"x[{idx}] is an int64 element: {string.Join(" and ", stores)} (NumPy truncates a float written into an int64 array toward zero), " +
            $"so the {options.Scheme.Name()} difference is (f({Int(high.Stored)}) - f({Int(low.Stored)}))/{R(divisor)} = ({Int(high.F)} - {Int(low.F)})/{R(divisor)} = {R(quotient)}, " +
            $"a quotient of values at integers, not a derivative. {fix}";
        return new NumericWarning(NumericWarningKind.IntegerInput, idx.ToString(), message);
    }

    public static NumericWarning GradientTruncated(ElementIndex idx, double quotient, double stored) =>
        new(NumericWarningKind.IntegerGradient, idx.ToString(),
            $"grad[{idx}] is an int64 element (the gradient is zeros_like an int64 input), so the quotient {R(quotient)} was stored as {Int(stored)}. " +
            "Allocate the gradient as float64 (grad dtype float64) to keep the fraction.");

    /// <summary>The same quotient with the input converted to float64, or null when f is undefined there.</summary>
    private static double? FloatQuotient(IArrayFunction f, NdArray x, int flat, NumericGradientOptions options)
    {
        var pairs = new PerturbedPairs(f, x.ToDoubleArray(), DType.Float64, options.Scheme, options.Delta);
        try
        {
            var (_, _, fHigh, fLow) = pairs.For(flat);
            return options.Scheme == DifferenceScheme.Central ? (fHigh - fLow) / (2 * options.Delta) : (fHigh - fLow) / options.Delta;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }

    private static string R(double value) => NumPyFloatText.Repr(value);

    private static string Int(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(System.Globalization.CultureInfo.InvariantCulture) : R(value);
}
