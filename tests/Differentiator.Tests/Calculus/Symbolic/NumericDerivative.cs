using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>
/// A high-accuracy numeric derivative for checking the symbolic one: Richardson extrapolation of
/// central differences (h, h/2, …, h/32), with an error estimate from the last two diagonal entries.
/// </summary>
internal static class NumericDerivative
{
    private const int Levels = 6;

    /// <summary>∂f/∂variable at the point, or null where f is undefined near it or the estimate is not converged.</summary>
    public static double? Estimate(Expr f, string variable, IReadOnlyDictionary<string, double> point)
    {
        var x0 = point[variable];
        var h = 0.05 * (1 + Math.Abs(x0));
        var table = new double[Levels, Levels];
        for (var k = 0; k < Levels; k++, h /= 2)
        {
            if (Value(f, point, variable, x0 + h) is not { } up || Value(f, point, variable, x0 - h) is not { } down) return null;
            table[k, 0] = (up - down) / (2 * h);
            for (var j = 1; j <= k; j++)
                table[k, j] = table[k, j - 1] + (table[k, j - 1] - table[k - 1, j - 1]) / (Math.Pow(4, j) - 1);
        }
        var best = table[Levels - 1, Levels - 1];
        var error = Math.Abs(best - table[Levels - 2, Levels - 2]);
        return double.IsFinite(best) && error <= 1e-7 * (1 + Math.Abs(best)) ? best : null;
    }

    private static double? Value(Expr f, IReadOnlyDictionary<string, double> point, string variable, double at)
    {
        var values = point.ToDictionary(p => p.Key, p => p.Key == variable ? at : p.Value);
        try
        {
            var v = f.Evaluate(values);
            return double.IsFinite(v) && Math.Abs(v) < 1e8 ? v : null;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }
}
