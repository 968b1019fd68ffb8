using System.Diagnostics;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Bounds the work of one simplification: a number of node visits and a wall-clock limit. When
/// either runs out the pass stops with <see cref="BudgetExceededException"/>, which the driver
/// turns into a note ("gave up") instead of hanging.
/// </summary>
internal sealed class Budget
{
    private readonly long _maxSteps;
    private readonly long _deadlineTicks;
    private long _steps;

    public Budget(long maxSteps, TimeSpan timeLimit)
    {
        _maxSteps = maxSteps;
        _deadlineTicks = timeLimit == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(timeLimit.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Counts <paramref name="cost"/> units of work; throws when the budget is spent.</summary>
    public void Spend(long cost = 1)
    {
        _steps += cost;
        if (_steps > _maxSteps)
            throw new BudgetExceededException($"more than {_maxSteps:N0} steps");
        if ((_steps & 1023) == 0 && Stopwatch.GetTimestamp() > _deadlineTicks)
            throw new BudgetExceededException("the time limit");
    }
}
