using Differentiator.Calculus.Symbolic;

namespace Differentiator.Tests.Robustness;

/// <summary>The one budget of an operation: scopes, limits and the message of the exception.</summary>
public class OperationBudgetTests
{
    [Test]
    public void Without_a_scope_the_default_budget_is_in_force()
    {
        Assert.That(BudgetScope.Current, Is.Null);
        Assert.That(OperationBudget.Current, Is.SameAs(OperationBudget.Default));
    }

    [Test]
    public void A_scope_is_in_force_until_disposed_and_scopes_nest()
    {
        var outer = OperationBudget.Default with { MaxSteps = 1_000 };
        var inner = OperationBudget.Default with { MaxNodes = 10 };
        using (outer.Enter())
        {
            Assert.That(OperationBudget.Current, Is.EqualTo(outer));
            using (inner.Enter()) Assert.That(OperationBudget.Current, Is.EqualTo(inner));
            Assert.That(OperationBudget.Current, Is.EqualTo(outer));
        }
        Assert.That(BudgetScope.Current, Is.Null);
    }

    [Test]
    public void All_the_orders_of_a_derivative_share_one_budget()
    {
        var f = Formula.Parse("sin(sin(sin(x)))y").Expression;
        using var scope = (OperationBudget.Default with { MaxSteps = 20_000 }).Enter();
        var e = Assert.Throws<BudgetExceededException>(() => Derivative.Of(f, "x", 50));
        Assert.That(e!.Activity, Is.EqualTo("differentiating by x"));
        Assert.That(e.Message, Does.StartWith("Differentiating by x was stopped: it needed more than 20,000 steps of work"));
        Assert.That(scope.Steps, Is.GreaterThan(10_000), "the orders before the last spent the same budget");
    }

    [Test]
    public void A_time_limit_is_checked_in_the_loops()
    {
        var f = Formula.Parse("sin(sin(sin(x)))y").Expression;
        using var scope = (OperationBudget.Default with { TimeLimit = TimeSpan.Zero }).Enter();
        var e = Assert.Throws<BudgetExceededException>(() => Derivative.Of(f, "x", 50));
        Assert.That(e!.Limit, Is.EqualTo(BudgetLimit.Time));
        Assert.That(e.Message, Does.Contain("the time limit of 0 s"));
    }

    [Test]
    public void A_huge_order_of_a_formula_that_vanishes_costs_nothing()
    {
        var f = Formula.Parse("x^2 + y").Expression;
        Assert.That(Derivative.Of(f, "x", int.MaxValue).ToString(), Is.EqualTo("0"));
    }
}
