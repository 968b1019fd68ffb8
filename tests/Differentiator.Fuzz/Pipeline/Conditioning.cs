namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Whether a value is meaningful in double precision at a point: a formula whose value moves by
/// more than a relative 1e-5 when every coordinate moves by a relative 1e-9 (condition number
/// above 10,000: sin of 1e20, a huge power) gives different answers for mathematically equal
/// trees that merely round differently, so two such values disagreeing says nothing about either
/// tree. The nudge is well above rounding (1e-12 can vanish in a large sum and leave the value on
/// the same step of its staircase) and well below what changes a well-conditioned value.
/// </summary>
public static class Conditioning
{
    private const double Nudge = 1e-9;
    private const double Allowed = 1e-5;

    /// <summary>Whether <paramref name="formula"/>, worth <paramref name="value"/> at <paramref name="point"/>, is ill-conditioned there.</summary>
    public static bool IsIll(Formula formula, IReadOnlyDictionary<string, double> point, double value)
    {
        foreach (var sign in new[] { 1.0, -1.0 })
        {
            var moved = point.ToDictionary(c => c.Key, c => c.Value * (1 + sign * Nudge), StringComparer.Ordinal);
            if (!Values.Same(ReadBackCheck.Evaluate(formula, moved), value, Allowed)) return true;
        }
        return false;
    }
}
