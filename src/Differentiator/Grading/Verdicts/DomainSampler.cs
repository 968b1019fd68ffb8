using System.Globalization;
using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// Chooses the sample points of an exercise: seeded, so the same exercise always gets the same
/// points; inside the exercise's <c>domain</c> where it gives one; where every formula that must be
/// defined is defined and not huge; away from each critical part's zero (poles, kinks, domain
/// boundaries). Coordinates have three significant digits, so a counterexample reads well, and are
/// never whole numbers or equal to one another, where wrong answers coincide with right ones more often.
/// </summary>
internal static class DomainSampler
{
    /// <summary>How many points an exercise is sampled at.</summary>
    public const int PointCount = 12;

    /// <summary>Fewer points than this is no evidence: the exercise's domain is (as good as) empty.</summary>
    public const int MinimumPoints = 4;

    private const int Candidates = 4000;
    private const double Huge = 1e10;

    /// <summary>The ranges a variable without a declared domain is drawn from: small values first, then positive, wider, inside (−1, 1), large, negative.</summary>
    private static readonly DomainInterval[] Ranges =
    [
        new(-2, 2), new(0.05, 3), new(-6, 6), new(-0.95, 0.95), new(1, 12), new(-12, -0.05),
    ];

    public static SamplePoints Sample(IReadOnlyList<string> names, IReadOnlyDictionary<string, DomainInterval> domain,
        IReadOnlyList<Expr> mustBeDefined, ulong seed)
    {
        var defined = mustBeDefined.Select(e => Formula.FromExpression(e).Compile(names)).ToList();
        var guards = mustBeDefined.SelectMany(CriticalParts.Of).Distinct().Select(e => Formula.FromExpression(e).Compile(names)).ToList();
        var random = new SplitMix64(seed);
        var rows = new List<double[]>();
        for (var attempt = 0; attempt < Candidates && rows.Count < PointCount; attempt++)
        {
            // The first candidates come from the small range only; later ones mix ranges per variable.
            var candidate = names.Select(n => Coordinate(random, domain.TryGetValue(n, out var d) ? d : attempt < Candidates / 8 ? Ranges[0] : Ranges[random.Below(Ranges.Length)])).ToArray();
            var margin = attempt < Candidates / 2 ? 0.02 : 0.002;
            if (Acceptable(candidate, rows, domain, names) && Defined(candidate, defined) && AwayFromCriticalZeros(candidate, guards, margin))
                rows.Add(candidate);
        }
        return new SamplePoints(names, rows);
    }

    private static double Coordinate(SplitMix64 random, DomainInterval range) =>
        double.Parse(random.Between(range.Low, range.High).ToString("G3", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static bool Acceptable(double[] candidate, List<double[]> rows, IReadOnlyDictionary<string, DomainInterval> domain, IReadOnlyList<string> names)
    {
        for (var i = 0; i < candidate.Length; i++)
        {
            var c = candidate[i];
            if (c == Math.Round(c)) return false;
            if (domain.TryGetValue(names[i], out var d) && (c < d.Low || c > d.High)) return false;
            for (var j = 0; j < i; j++)
                if (Math.Abs(c - candidate[j]) < 0.01 || Math.Abs(c + candidate[j]) < 0.01) return false;
        }
        return !rows.Any(r => r.AsSpan().SequenceEqual(candidate));
    }

    private static bool Defined(double[] candidate, List<Func<double[], double>> defined) =>
        defined.All(f => PointValues.At(f, candidate) is var v && !double.IsNaN(v) && Math.Abs(v) < Huge);

    private static bool AwayFromCriticalZeros(double[] candidate, List<Func<double[], double>> guards, double margin) =>
        guards.All(g => PointValues.At(g, candidate) is var v && (double.IsNaN(v) || Math.Abs(v) >= margin));
}
