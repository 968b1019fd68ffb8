namespace Differentiator.Calculus.Numeric;

/// <summary>What made a numeric result untrustworthy.</summary>
public enum NumericWarningKind
{
    /// <summary>An int64 input could not hold x ± h: the perturbation was truncated (the lecture's Problem 5).</summary>
    IntegerInput,
    /// <summary>An int64 gradient array truncated the difference quotient.</summary>
    IntegerGradient,
}

/// <summary>A warning attached to a numeric result: what happened, at which element, and how to fix it.</summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Element">The element's multi-index, e.g. <c>(0,)</c>.</param>
/// <param name="Message">The full explanation.</param>
public sealed record NumericWarning(NumericWarningKind Kind, string Element, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Message;
}
