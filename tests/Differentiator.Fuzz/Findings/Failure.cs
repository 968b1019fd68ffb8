namespace Differentiator.Fuzz.Findings;

/// <summary>
/// One failed check. <paramref name="Signature"/> identifies the bug rather than the input (the
/// check and the exception type, say), so that minimisation keeps the same failure and equal
/// findings are counted once.
/// </summary>
public sealed record Failure(FindingKind Kind, string Signature, string Message)
{
    /// <summary>The one-line form used in the worker protocol and the reports.</summary>
    public override string ToString() => $"{Kind} [{Signature}] {Message}";
}

/// <summary>A failure raised by a check inside the pipeline; it stops the checks of the input.</summary>
public sealed class FailureException(Failure failure) : Exception(failure.ToString())
{
    /// <summary>The failure.</summary>
    public Failure Failure { get; } = failure;
}
