namespace Differentiator.Calculus.Symbolic;

/// <summary>A simplification pass ran out of its <see cref="Budget"/> or met a result too large to build.</summary>
internal sealed class BudgetExceededException(string reason) : Exception($"Simplification gave up: {reason}.")
{
    public string Reason { get; } = reason;
}
