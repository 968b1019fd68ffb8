namespace Differentiator.Grading;

/// <summary>
/// A point where an answer and the derivative differ: the point, the derivative's value there and
/// the answer's (null when the answer is undefined there).
/// </summary>
public sealed record Counterexample(IReadOnlyList<KeyValuePair<string, double>> Point, double Expected, double? Answer);
