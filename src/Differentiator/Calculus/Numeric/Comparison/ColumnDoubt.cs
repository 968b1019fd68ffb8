namespace Differentiator.Calculus.Numeric;

/// <summary>A numeric column of a <see cref="VariableComparison"/>.</summary>
public enum NumericColumn
{
    /// <summary>The lecture's central difference (float64 input).</summary>
    Central,
    /// <summary>The complex-step derivative.</summary>
    ComplexStep,
    /// <summary>The dual-number derivative.</summary>
    Dual,
}

/// <summary>
/// A numeric column that must not be read as a derivative, and why: at the edge of the domain
/// (the derivative is undefined, or f is undefined on one side within h), or where the method
/// broke down (an overflow or a loss of precision far from a finite exact value).
/// </summary>
/// <param name="Column">The column.</param>
/// <param name="Value">What the method computed, kept for the curious; not a result.</param>
/// <param name="Reason">Why it cannot be trusted, as a sentence.</param>
public sealed record ColumnDoubt(NumericColumn Column, double Value, string Reason)
{
    /// <summary>The column's name in reports: <c>central</c>, <c>complex_step</c>, <c>dual</c>.</summary>
    public string Key => Column switch
    {
        NumericColumn.Central => "central",
        NumericColumn.ComplexStep => "complex_step",
        _ => "dual",
    };
}
