namespace Differentiator.Reports;

/// <summary>What <see cref="FormulaReports.Differentiate"/> computes.</summary>
public sealed record DiffOptions
{
    /// <summary>The variables to differentiate by; null means all of the formula's, in order.</summary>
    public IReadOnlyList<string>? Wrt { get; init; }

    /// <summary>The order n of each derivative.</summary>
    public int Order { get; init; } = 1;

    /// <summary>A point at which to evaluate each derivative, if any.</summary>
    public Point? At { get; init; }

    /// <summary>Whether to record the working.</summary>
    public bool Steps { get; init; }
}
