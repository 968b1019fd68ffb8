using Differentiator.Syntax;

namespace Differentiator;

/// <summary>
/// How much one operation may spend after parsing: time, work, nodes built and characters printed.
/// Every symbolic operation (differentiating, simplifying, printing, rendering steps) charges its
/// work to the budget in force; when a limit is reached it stops with
/// <see cref="BudgetExceededException"/>, never a hang or an out-of-memory. The parser's own limits
/// (length, nesting, digits) are in <see cref="Limits"/>.
/// </summary>
/// <remarks>
/// Without a scope every library call is one operation with <see cref="Default"/>. A front end that
/// serves a request sets one budget for all the work of the request:
/// <code>
/// using (OperationBudget.Default with { TimeLimit = TimeSpan.FromSeconds(1) }.Enter())
/// {
///     var d = Derivative.Of(f.Expression, "x");
///     Console.WriteLine(d);
/// }
/// </code>
/// The defaults are sized so that the reference formulas, the lecture and the benchmarks run far
/// inside them, and so that any formula the parser accepts ends, with a result or this exception,
/// within a few seconds.
/// </remarks>
public sealed record OperationBudget
{
    /// <summary>The defaults: 3 s, 50,000,000 steps, 5,000,000 nodes, texts of at most <see cref="Limits.MaxLength"/> characters.</summary>
    public static OperationBudget Default { get; } = new();

    /// <summary>No limits at all (for tests and batch jobs that bound their input themselves).</summary>
    public static OperationBudget Unlimited { get; } = new()
    {
        TimeLimit = Timeout.InfiniteTimeSpan,
        MaxSteps = long.MaxValue,
        MaxNodes = long.MaxValue,
        MaxPrintedCharacters = int.MaxValue,
    };

    /// <summary>The wall-clock time the whole operation (or scope) may take; <see cref="Timeout.InfiniteTimeSpan"/> for none.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The most units of work: one unit is one node visited or one term or factor collected.</summary>
    public long MaxSteps { get; init; } = 50_000_000;

    /// <summary>
    /// The most nodes the operation may build; a sum, product or call with k parts counts k + 1, so a
    /// budget in nodes is a budget in memory.
    /// </summary>
    public long MaxNodes { get; init; } = 5_000_000;

    /// <summary>
    /// The longest text one print may produce. The default is the longest formula the parser reads,
    /// so whatever is printed parses back.
    /// </summary>
    public int MaxPrintedCharacters { get; init; } = Limits.MaxLength;

    /// <summary>The budget in force on this thread (and the tasks and threads it starts): the innermost entered one, or <see cref="Default"/>.</summary>
    public static OperationBudget Current => BudgetScope.Current?.Budget ?? Default;

    /// <summary>
    /// Makes this budget the one in force until the returned scope is disposed: all the work done
    /// inside, on this thread and the tasks and threads it starts, is charged to it together.
    /// </summary>
    public BudgetScope Enter() => BudgetScope.Enter(this);
}
