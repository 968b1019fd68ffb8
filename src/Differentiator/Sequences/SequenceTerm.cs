namespace Differentiator.Sequences;

/// <summary>The values of every sequence of a system at one index.</summary>
public sealed record SequenceTerm(int N, IReadOnlyDictionary<string, ExactNumber> Values);
