using System.Diagnostics;

namespace Differentiator;

/// <summary>
/// The running account of an <see cref="OperationBudget"/>: when it started, the steps and nodes
/// spent so far. Created by <see cref="OperationBudget.Enter"/>, it is the budget in force (for
/// this thread and the tasks and threads it starts) until disposed. Not meant for concurrent use
/// by several threads at once: the counts are then approximate.
/// </summary>
public sealed class BudgetScope : IDisposable
{
    private static readonly AsyncLocal<BudgetScope?> Ambient = new();

    private readonly BudgetScope? _outer;
    private readonly long _started;
    private readonly long _deadline;
    private readonly bool _ambient;
    private long _steps;
    private long _nodes;

    private BudgetScope(OperationBudget budget, BudgetScope? outer, bool ambient)
    {
        Budget = budget;
        _outer = outer;
        _ambient = ambient;
        _started = Stopwatch.GetTimestamp();
        var own = budget.TimeLimit == Timeout.InfiniteTimeSpan || budget.TimeLimit >= TimeSpan.FromDays(365)
            ? long.MaxValue
            : _started + (long)(Math.Max(0, budget.TimeLimit.TotalSeconds) * Stopwatch.Frequency);
        // An inner scope never outlives the deadline of the scope it runs in.
        _deadline = outer is null ? own : Math.Min(own, outer._deadline);
    }

    /// <summary>The scope in force, or null when none was entered.</summary>
    public static BudgetScope? Current => Ambient.Value;

    /// <summary>The limits.</summary>
    public OperationBudget Budget { get; }

    /// <summary>The time since the scope started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

    /// <summary>The units of work spent so far.</summary>
    public long Steps => _steps;

    /// <summary>The nodes built so far.</summary>
    public long Nodes => _nodes;

    /// <summary>Ends the scope: the budget in force is again the one before it.</summary>
    public void Dispose()
    {
        if (_ambient && ReferenceEquals(Ambient.Value, this)) Ambient.Value = _outer;
    }

    internal static BudgetScope Enter(OperationBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var scope = new BudgetScope(budget, Ambient.Value, ambient: true);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>The scope in force, or a fresh one with the default budget for a single operation.</summary>
    internal static BudgetScope CurrentOrNew() => Ambient.Value ?? new BudgetScope(OperationBudget.Default, null, ambient: false);

    internal void Spend(long steps, BudgetMeter meter)
    {
        var before = _steps;
        _steps = before + steps;
        if (_steps > Budget.MaxSteps) throw new BudgetExceededException(meter.Activity, BudgetLimit.Steps, Budget);
        // The clock is read about once every 1,024 units of work.
        if (((before ^ _steps) & ~1023L) != 0) CheckTime(meter);
    }

    internal void Reserve(long steps, BudgetMeter meter)
    {
        if (steps > Budget.MaxSteps - _steps) throw new BudgetExceededException(meter.Activity, BudgetLimit.Steps, Budget);
    }

    internal void ReserveNodes(long nodes, BudgetMeter meter)
    {
        if (nodes > Budget.MaxNodes - _nodes) throw new BudgetExceededException(meter.Activity, BudgetLimit.Nodes, Budget);
    }

    internal void AddNodes(long nodes, BudgetMeter meter)
    {
        _nodes += nodes;
        if (_nodes > Budget.MaxNodes) throw new BudgetExceededException(meter.Activity, BudgetLimit.Nodes, Budget);
    }

    internal void CheckTime(BudgetMeter meter)
    {
        if (Stopwatch.GetTimestamp() > _deadline) throw new BudgetExceededException(meter.Activity, BudgetLimit.Time, Budget);
    }

    internal void CheckPrinted(long length, BudgetMeter meter)
    {
        if (length > Budget.MaxPrintedCharacters) throw new BudgetExceededException(meter.Activity, BudgetLimit.PrintedCharacters, Budget);
    }
}
