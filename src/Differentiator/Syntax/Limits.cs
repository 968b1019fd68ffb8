namespace Differentiator.Syntax;

/// <summary>
/// The documented limits of the language; past them a formula gets a diagnostic, never a crash.
/// The work done with a parsed formula (differentiating, simplifying, printing) is bounded by the
/// <see cref="OperationBudget"/> in force: time, steps of work, nodes built and characters printed.
/// </summary>
public static class Limits
{
    /// <summary>How deeply brackets and prefix operators (signs, <c>^</c>, functions written without parentheses, <c>√</c>) may nest.</summary>
    public const int MaxNesting = 1000;

    /// <summary>The longest formula, in characters.</summary>
    public const int MaxLength = 1_000_000;

    /// <summary>The most digits in one integer literal.</summary>
    public const int MaxIntegerDigits = 20_000;
}
