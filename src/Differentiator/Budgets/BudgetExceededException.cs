using System.Globalization;

namespace Differentiator;

/// <summary>
/// An operation reached a limit of its <see cref="OperationBudget"/> and was stopped. The message
/// says what was being done and which limit was reached; front ends show it as a user error.
/// </summary>
public sealed class BudgetExceededException : Exception
{
    /// <summary>Creates the exception for <paramref name="activity"/> (<c>"differentiating by x"</c>) reaching <paramref name="limit"/>.</summary>
    public BudgetExceededException(string activity, BudgetLimit limit, OperationBudget budget)
        : base(Describe(activity, limit, budget))
    {
        ArgumentNullException.ThrowIfNull(budget);
        Activity = activity;
        Limit = limit;
        Budget = budget;
    }

    /// <summary>What was being done, e.g. <c>differentiating by x</c>, <c>printing</c>.</summary>
    public string Activity { get; }

    /// <summary>The limit that was reached.</summary>
    public BudgetLimit Limit { get; }

    /// <summary>The budget whose limit was reached.</summary>
    public OperationBudget Budget { get; }

    private static string Describe(string activity, BudgetLimit limit, OperationBudget? budget)
    {
        budget ??= OperationBudget.Default;
        var reason = limit switch
        {
            BudgetLimit.Time => $"it took longer than the time limit of {Seconds(budget.TimeLimit)}",
            BudgetLimit.Steps => $"it needed more than {budget.MaxSteps.ToString("N0", CultureInfo.InvariantCulture)} steps of work",
            BudgetLimit.Nodes => $"it built more than {budget.MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} expression nodes",
            _ => $"the text would be longer than {budget.MaxPrintedCharacters.ToString("N0", CultureInfo.InvariantCulture)} characters",
        };
        var what = string.IsNullOrEmpty(activity) ? "The operation" : char.ToUpperInvariant(activity[0]) + activity[1..];
        return $"{what} was stopped: {reason} (the operation budget's limit).";
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
