using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Tests.Support;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

public class SimplifierTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(Add(N(1), Divide(N(1), N(3)), N(2)), "10/3").SetName("exact rationals fold");
        yield return new TestCaseData(Add(Decimal(0.5), N(1)), "1.5r").SetName("a decimal makes the sum decimal");
        yield return new TestCaseData(Add(Multiply(N(3), X), Y, Multiply(N(2), X)), "Sum[Prod[5, x], y]").SetName("like terms collect where they first appear");
        yield return new TestCaseData(Add(X, Negate(X)), "0").SetName("terms cancel");
        yield return new TestCaseData(Multiply(X, Pow(X, N(2))), "Pow(x, 3)").SetName("x x^2 = x^3");
        yield return new TestCaseData(Multiply(X, Reciprocal(X)), "1").SetName("x / x = 1");
        yield return new TestCaseData(Multiply(N(0), X), "0").SetName("0 x = 0");
        yield return new TestCaseData(Multiply(N(1), X), "x").SetName("1 x = x");
        yield return new TestCaseData(Pow(X, N(1)), "x").SetName("x^1 = x");
        yield return new TestCaseData(Pow(X, N(0)), "1").SetName("x^0 = 1");
        yield return new TestCaseData(Pow(N(2), N(10)), "1024").SetName("exact powers");
        yield return new TestCaseData(Pow(N(2), N(-3)), "1/8").SetName("negative exact powers");
        yield return new TestCaseData(Pow(Pow(X, N(2)), N(3)), "Pow(x, 6)").SetName("(x^2)^3 = x^6");
        yield return new TestCaseData(Ln(Exp(X)), "x").SetName("ln(e^x) = x");
        yield return new TestCaseData(Exp(Ln(X)), "x").SetName("e^(ln x) = x");
        yield return new TestCaseData(Pow(Sqrt(X), N(2)), "x").SetName("sqrt(x)^2 = x");
        yield return new TestCaseData(Multiply(Exp(X), Exp(X)), "exp(Prod[2, x])").SetName("e^x e^x = e^(2x)");
        yield return new TestCaseData(Multiply(Exp(X), Exp(Exp(X))), "Prod[exp(x), exp(exp(x))]").SetName("different exponentials stay apart");
        yield return new TestCaseData(Multiply(Z, N(2), Y), "Prod[2, y, z]").SetName("factors: number, then variables alphabetically");
        yield return new TestCaseData(Multiply(Exp(X), N(6), X), "Prod[6, x, exp(x)]").SetName("factors: variables before calls");
        yield return new TestCaseData(Multiply(Add(X, N(1)), Sin(X), Pow(N(2), X), Constant.Pi, X), "Prod[pi, x, Pow(2, x), sin(x), Sum[x, 1]]").SetName("factors: the one order");
        yield return new TestCaseData(Multiply(N(2), Add(X, N(1))), "Sum[Prod[2, x], 2]").SetName("a number distributes over a sum");
        yield return new TestCaseData(Apply(MathFunctions.Sin, N(0)), "0").SetName("sin 0 = 0");
        yield return new TestCaseData(Apply(MathFunctions.Ln, N(1)), "0").SetName("ln 1 = 0");
        yield return new TestCaseData(Apply(MathFunctions.Ln, Constant.E), "1").SetName("ln e = 1");
        yield return new TestCaseData(Apply(MathFunctions.Abs, N(-3)), "3").SetName("|-3| = 3");
        yield return new TestCaseData(Apply(MathFunctions.Sqrt, Divide(N(9), N(4))), "3/2").SetName("exact square roots");
        yield return new TestCaseData(Apply(MathFunctions.Sqrt, N(2)), "sqrt(2)").SetName("inexact roots stay");
        yield return new TestCaseData(Apply(MathFunctions.Tanh, N(20)), "tanh(20)").SetName("tanh 20 is not folded to 1");
        yield return new TestCaseData(Apply(MathFunctions.Sin, Decimal(0.0)), "0.0r").SetName("decimal arguments fold numerically");
        yield return new TestCaseData(Pow(Multiply(N(2), X), N(2)), "Prod[4, Pow(x, 2)]").SetName("(2x)^2 = 4x^2");
    }

    [TestCaseSource(nameof(Cases))]
    public void Simplifies_to_textbook_form(Expr input, string expected) =>
        Assert.That(TreeDump.Of(Simplifier.Simplify(input)), Is.EqualTo(expected));

    [Test]
    public void E_to_the_ln_notes_its_domain()
    {
        var result = Simplifier.Simplify(Exp(Ln(X)), SimplifyOptions.Default);
        Assert.That(result.Notes, Has.Some.Contains("u > 0"));
    }

    [Test]
    public void Huge_exact_powers_are_left_as_powers()
    {
        var result = Simplifier.Simplify(Pow(N(3), N(1_000_000)));
        Assert.That(result, Is.InstanceOf<Power>());
    }

    [Test]
    public void Simplification_is_idempotent_and_shares_subtrees()
    {
        var f = Add(Multiply(Sin(Multiply(N(2), X)), Sin(Multiply(N(2), X))), Cos(Multiply(N(2), X)));
        var once = Simplifier.Simplify(f);
        Assert.That(Simplifier.Simplify(once), Is.EqualTo(once));
        var sum = (Sum)once;
        var power = (Power)sum.Terms[0];
        Assert.That(((Call)power.Base).Arguments[0], Is.SameAs(((Call)sum.Terms[1]).Arguments[0]));
    }

    [Test]
    public void A_too_small_budget_stops_with_the_budget_exception()
    {
        var f = Add(Enumerable.Range(1, 200).Select(k => Multiply(N(k), Pow(X, N(k)))));
        using var scope = (OperationBudget.Default with { MaxSteps = 50 }).Enter();
        var e = Assert.Throws<BudgetExceededException>(() => Simplifier.Simplify(f));
        Assert.That(e!.Limit, Is.EqualTo(BudgetLimit.Steps));
        Assert.That(e.Message, Does.StartWith("Simplifying was stopped").And.Contain("50 steps"));
    }

    [Test]
    public void A_sum_and_the_same_sum_in_another_order_are_like_factors()
    {
        var f = Formula.Parse("(0.5 + x)/(x + 0.5)").Expression;
        Assert.That(Simplifier.Simplify(f), Is.EqualTo(Rational.One));
        var g = Formula.Parse("x^((0.5 + x)/(x + 0.5))").Expression;
        Assert.That(Derivative.Of(g, "x").Evaluate(new Dictionary<string, double> { ["x"] = -1.535 }), Is.EqualTo(1.0));
    }

    [Test]
    public void Every_logarithm_of_one_is_zero_so_a_zero_base_power_is_flat()
    {
        Assert.That(Simplifier.Simplify(Formula.Parse("log2(1) + log10(1) + ln(1)").Expression), Is.EqualTo(Rational.Zero));
        var d = Derivative.Of(Formula.Parse("0.5^(4 + x) log10(1)^(2.5x)").Expression, "x");
        Assert.That(d.ToString(), Does.Not.Contain("ln"), "no ln of the zero base");
        Assert.That(d.Evaluate(new Dictionary<string, double> { ["x"] = 0.545 }), Is.EqualTo(0.0));
    }
}
