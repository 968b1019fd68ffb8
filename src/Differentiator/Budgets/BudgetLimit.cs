namespace Differentiator;

/// <summary>Which limit of an <see cref="OperationBudget"/> was reached.</summary>
public enum BudgetLimit
{
    /// <summary><see cref="OperationBudget.TimeLimit"/>.</summary>
    Time,
    /// <summary><see cref="OperationBudget.MaxSteps"/>.</summary>
    Steps,
    /// <summary><see cref="OperationBudget.MaxNodes"/>.</summary>
    Nodes,
    /// <summary><see cref="OperationBudget.MaxPrintedCharacters"/>.</summary>
    PrintedCharacters,
}
