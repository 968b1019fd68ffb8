namespace Differentiator.Neural;

/// <summary>
/// Draws from the normal distribution N(μ, σ²) of the lecture, by Box–Muller over a seeded
/// <see cref="Random"/>, so the same seed gives the same weights on every machine.
/// </summary>
public sealed class NormalSampler(int seed, double mean = 0, double deviation = 1)
{
    private readonly Random _random = new(seed);
    private double? _spare;

    /// <summary>The next value.</summary>
    public double Next()
    {
        if (_spare is { } spare)
        {
            _spare = null;
            return mean + deviation * spare;
        }
        var u1 = 1.0 - _random.NextDouble(); // in (0, 1], so the logarithm is finite
        var u2 = _random.NextDouble();
        var radius = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = radius * Math.Sin(2 * Math.PI * u2);
        return mean + deviation * radius * Math.Cos(2 * Math.PI * u2);
    }
}
