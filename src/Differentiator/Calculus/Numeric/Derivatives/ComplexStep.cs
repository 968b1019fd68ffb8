using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The complex-step derivative f'(x) ≈ Im f(x + ih) / h. No difference is taken, so nothing cancels:
/// with a tiny h (1e-20) it is exact to rounding for analytic functions.
/// </summary>
public static class ComplexStep
{
    /// <summary>
    /// The default step, 2^-67 ≈ 6.8e-21: far below any truncation error, no cancellation to fear,
    /// and a power of two, so dividing by it is exact.
    /// </summary>
    public const double DefaultStep = 6.7762635780344027e-21;

    /// <summary>∂f/∂<paramref name="variable"/> at <paramref name="point"/>.</summary>
    /// <exception cref="ArgumentException">A variable of the formula has no value.</exception>
    public static double Partial(Expr f, IReadOnlyDictionary<string, double> point, string variable, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(point);
        PointGuard.RequireValue(point, variable);
        var values = point.ToDictionary(p => p.Key, p => new Complex(p.Value, p.Key == variable ? step : 0), StringComparer.Ordinal);
        return ScalarEvaluator<Complex, ComplexArithmetic>.Evaluate(f, values).Imaginary / step;
    }
}
