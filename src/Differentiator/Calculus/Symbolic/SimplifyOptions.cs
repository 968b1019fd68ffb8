namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// What a simplification may do. The work it may spend is the <see cref="OperationBudget"/> in
/// force: when a limit is reached it stops with <see cref="BudgetExceededException"/>.
/// </summary>
public sealed record SimplifyOptions
{
    /// <summary>The defaults: textbook form, no expansion, no trigonometric identities.</summary>
    public static SimplifyOptions Default { get; } = new();

    /// <summary>Multiply out products of sums and integer powers of sums, as SymPy's <c>expand</c>.</summary>
    public bool Expand { get; init; }

    /// <summary>Apply <c>sin(u)^2 + cos(u)^2 = 1</c>.</summary>
    public bool Trig { get; init; }

    /// <summary>
    /// Sort terms and factors into a canonical order (for equality checks) instead of the textbook
    /// order in which terms first appear.
    /// </summary>
    public bool Canonical { get; init; }

    /// <summary>The most terms an expansion may produce; larger expansions are skipped with a note.</summary>
    public int MaxExpandedTerms { get; init; } = 10_000;
}
