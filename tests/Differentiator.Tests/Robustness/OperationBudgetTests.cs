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
    public void Steps_of_a_product_too_long_for_the_node_budget_are_refused_before_any_work()
    {
        // Fuzzer run 8, #902600: 3,846 juxtaposed letters with --steps used the whole step budget (2 s) before giving up.
        var f = Formula.Parse(string.Join("*", Enumerable.Repeat("x", 3_846))).Expression;
        using var scope = OperationBudget.Default.Enter();
        var e = Assert.Throws<BudgetExceededException>(() => Derivative.Steps(f, "x"));
        Assert.That(e!.Limit, Is.EqualTo(BudgetLimit.Nodes));
        Assert.That(e.Message, Does.StartWith("Differentiating by x was stopped: it built more than 5,000,000 expression nodes"));
        Assert.That(scope.Steps, Is.LessThan(10_000), "refused before the product rule's 14.8 million factors were built");
        Assert.That(scope.Nodes, Is.LessThan(10_000));
    }

    [Test]
    public void Steps_of_a_product_that_fits_the_node_budget_are_shown()
    {
        var f = Formula.Parse(string.Join("*", Enumerable.Repeat("x", 2_000))).Expression;
        using var scope = OperationBudget.Default.Enter();
        var steps = Derivative.Steps(f, "x");
        Assert.That(steps.Result.ToString(), Is.EqualTo("2000x^1999"));
        Assert.That(scope.Nodes, Is.GreaterThan(4_000_000), "the raw product rule's terms are charged as nodes");
    }

    [Test]
    public void A_huge_order_of_a_formula_that_vanishes_costs_nothing()
    {
        var f = Formula.Parse("x^2 + y").Expression;
        Assert.That(Derivative.Of(f, "x", int.MaxValue).ToString(), Is.EqualTo("0"));
    }
}
