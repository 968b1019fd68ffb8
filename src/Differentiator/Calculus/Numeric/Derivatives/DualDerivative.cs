using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>Forward-mode automatic differentiation with <see cref="Dual"/> numbers: derivatives exact to rounding.</summary>
public static class DualDerivative
{
    /// <summary>∂f/∂<paramref name="variable"/> at <paramref name="point"/>.</summary>
    /// <exception cref="ArgumentException">A variable of the formula has no value.</exception>
    public static double Partial(Expr f, IReadOnlyDictionary<string, double> point, string variable) =>
        Evaluate(f, point, variable).Derivative;

    /// <summary>f and ∂f/∂<paramref name="variable"/> together, as a dual number.</summary>
    public static Dual Evaluate(Expr f, IReadOnlyDictionary<string, double> point, string variable)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(point);
        var values = point.ToDictionary(p => p.Key, p => p.Key == variable ? Dual.Variable(p.Value) : Dual.Constant(p.Value), StringComparer.Ordinal);
        PointGuard.RequireValue(values, variable);
        return ScalarEvaluator<Dual, DualArithmetic>.Evaluate(f, values);
    }
}
