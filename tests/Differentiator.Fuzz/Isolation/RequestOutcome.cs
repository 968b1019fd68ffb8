using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Isolation;

/// <summary>What came of one request to the worker.</summary>
/// <param name="Started">How many inputs the worker started.</param>
/// <param name="Failures">The failures the pipeline reported, by input index.</param>
/// <param name="Death">When the worker died or was killed: the index of the input it was running and why.</param>
public sealed record RequestOutcome(int Started, IReadOnlyList<(long Index, Failure Failure)> Failures, (long Index, Failure Failure)? Death);
