using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>
/// What the symbolic work on one answer may cost (its canonical form, its derivative for the
/// antiderivative check). Beyond it the grader goes on without that result: the numeric layer
/// decides, so one answer can never stall a batch.
/// </summary>
internal static class AnswerBudget
{
    // The steps decide (300,000 are 10–20 ms of work), so a grade does not depend on how loaded the
    // machine is; the time is only a backstop for work that is not counted in steps.
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(1);
    public const long Steps = 300_000;

    private static readonly OperationBudget Budget = OperationBudget.Default with { MaxSteps = Steps, TimeLimit = Time };

    /// <summary>The canonical form, or null when it could not be reached within the budget.</summary>
    public static Expr? Canonical(Expr e) => Within(() =>
    {
        var result = Simplifier.Canonical(e);
        return result.Complete ? result.Expression : null;
    });

    /// <summary>The derivative, or null when it could not be computed within the budget.</summary>
    public static Expr? Derivative(Formula f, string variable, int order) => Within(() =>
    {
        var result = Calculus.Symbolic.Derivative.Compute(f.Expression, [.. Enumerable.Repeat(variable, order)]);
        return result.Complete ? result.Expression : null;
    });

    /// <summary>Runs <paramref name="work"/> under the answer's own budget (inside the one in force); null when it runs out.</summary>
    private static Expr? Within(Func<Expr?> work)
    {
        try
        {
            using var scope = Budget.Enter();
            return work();
        }
        catch (BudgetExceededException)
        {
            return null;
        }
    }
}
