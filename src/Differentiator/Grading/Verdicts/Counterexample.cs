namespace Differentiator.Grading;

/// <summary>
/// A point where an answer and the derivative differ: the point, the derivative's value there and
/// the answer's (null when the answer is undefined there).
/// </summary>
public sealed record Counterexample(IReadOnlyList<KeyValuePair<string, double>> Point, double Expected, double? Answer)
{
    /// <summary><c>x = 0.734</c>.</summary>
    public string DescribePoint() => string.Join(", ", Point.Select(c => $"{c.Key} = {GradingNumbers.Format(c.Value)}"));
}
