namespace Differentiator.Calculus.Numeric;

/// <summary>Difference quotients of a function of one variable, including higher-order central stencils.</summary>
public static class FiniteDifference
{
    // Weights of f(x + k·h) for k = 1..n in the central stencils of order 2, 4, 6, 8 (antisymmetric: f(x − k·h) gets the negative).
    private static readonly double[][] CentralWeights =
    [
        [1.0 / 2],
        [2.0 / 3, -1.0 / 12],
        [3.0 / 4, -3.0 / 20, 1.0 / 60],
        [4.0 / 5, -1.0 / 5, 4.0 / 105, -1.0 / 280],
    ];

    /// <summary>The orders of the central stencils.</summary>
    public static IReadOnlyList<int> CentralOrders { get; } = [2, 4, 6, 8];

    /// <summary>
    /// The central difference of order <paramref name="order"/> (2, 4, 6 or 8): error O(h^order).
    /// Order 2 is the lecture's (f(x+h) − f(x−h))/(2h), computed in exactly that form.
    /// </summary>
    public static double Central(Func<double, double> f, double x, double h, int order = 2)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (order == 2) return (f(x + h) - f(x - h)) / (2 * h);
        var weights = WeightsFor(order);
        var sum = 0.0;
        for (var k = weights.Length; k >= 1; k--)
            sum += weights[k - 1] * (f(x + k * h) - f(x - k * h));
        return sum / h;
    }

    /// <summary>(f(x+h) − f(x))/h: error O(h).</summary>
    public static double Forward(Func<double, double> f, double x, double h)
    {
        ArgumentNullException.ThrowIfNull(f);
        return (f(x + h) - f(x)) / h;
    }

    /// <summary>(f(x) − f(x−h))/h: error O(h).</summary>
    public static double Backward(Func<double, double> f, double x, double h)
    {
        ArgumentNullException.ThrowIfNull(f);
        return (f(x) - f(x - h)) / h;
    }

    /// <summary>The quotient of <paramref name="scheme"/> (first order only for forward and backward).</summary>
    public static double Of(DifferenceScheme scheme, Func<double, double> f, double x, double h) => scheme switch
    {
        DifferenceScheme.Forward => Forward(f, x, h),
        DifferenceScheme.Backward => Backward(f, x, h),
        _ => Central(f, x, h),
    };

    private static double[] WeightsFor(int order) => order switch
    {
        2 or 4 or 6 or 8 => CentralWeights[order / 2 - 1],
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Central stencils have order 2, 4, 6 or 8."),
    };
}
