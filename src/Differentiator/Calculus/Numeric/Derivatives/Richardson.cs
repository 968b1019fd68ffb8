namespace Differentiator.Calculus.Numeric;

/// <summary>The outcome of <see cref="Richardson.Extrapolate"/>.</summary>
/// <param name="Value">The extrapolated derivative.</param>
/// <param name="ErrorEstimate">An estimate of its absolute error, from the differences within the tableau.</param>
/// <param name="Levels">How many step sizes were used.</param>
public sealed record RichardsonResult(double Value, double ErrorEstimate, int Levels);

/// <summary>
/// Richardson extrapolation of the central difference (Ridders' scheme): central differences at
/// steps shrinking by 1.4 are combined in a Neville tableau that removes the h², h⁴, … error terms;
/// the estimate with the smallest error estimate wins, and the search stops once round-off makes
/// the higher orders worse.
/// </summary>
public static class Richardson
{
    private const double Shrink = 1.4;
    private const double Shrink2 = Shrink * Shrink;
    private const double Safe = 2.0;

    /// <summary>Extrapolates f'(x) starting from <paramref name="initialStep"/> (default 0.1·max(1, |x|)).</summary>
    public static RichardsonResult Extrapolate(Func<double, double> f, double x, double? initialStep = null, int maxLevels = 12)
    {
        ArgumentNullException.ThrowIfNull(f);
        var h = initialStep ?? 0.1 * Math.Max(1, Math.Abs(x));
        if (h <= 0) throw new ArgumentOutOfRangeException(nameof(initialStep), "The step must be positive.");
        var table = new double[maxLevels, maxLevels];
        table[0, 0] = FiniteDifference.Central(f, x, h);
        var best = table[0, 0];
        var error = double.MaxValue;
        var levels = 1;
        for (var i = 1; i < maxLevels; i++)
        {
            h /= Shrink;
            table[0, i] = FiniteDifference.Central(f, x, h);
            var factor = Shrink2;
            for (var j = 1; j <= i; j++)
            {
                table[j, i] = (table[j - 1, i] * factor - table[j - 1, i - 1]) / (factor - 1);
                factor *= Shrink2;
                var e = Math.Max(Math.Abs(table[j, i] - table[j - 1, i]), Math.Abs(table[j, i] - table[j - 1, i - 1]));
                if (e <= error)
                {
                    error = e;
                    best = table[j, i];
                    levels = i + 1;
                }
            }
            if (Math.Abs(table[i, i] - table[i - 1, i - 1]) >= Safe * error) break;
        }
        return new RichardsonResult(best, error, levels);
    }
}
