using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Tests.Support;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

public class DifferentiationTests
{
    [Test]
    public void Every_function_in_the_table_is_differentiated_through_its_row()
    {
        foreach (var f in MathFunctions.All)
        {
            var args = Enumerable.Range(0, f.MinArity).Select(i => i == 0 ? (Expr)X : Y).ToArray();
            var call = Apply(f, args);
            var expected = Simplifier.Simplify(f.PartialDerivative(args, 0));
            Assert.That(Derivative.Of(call, "x"), Is.EqualTo(expected), f.Name);
        }
    }

    [Test]
    public void The_chain_rule_multiplies_by_the_inner_derivative()
    {
        var d = Derivative.Of(Sin(Pow(X, N(2))), "x");
        Assert.That(TreeDump.Of(d), Is.EqualTo("Prod[2, x, cos(Pow(x, 2))]"));
    }

    [Test]
    public void Quotients_are_differentiated_as_products_with_negative_powers()
    {
        var d = Derivative.Of(Divide(Sin(X), X), "x");
        Assert.That(TreeDump.Of(d), Is.EqualTo("Sum[Prod[cos(x), Pow(x, -1)], Prod[-1, sin(x), Pow(x, -2)]]"));
    }

    [Test]
    public void A_number_raised_to_x()
    {
        Assert.That(TreeDump.Of(Derivative.Of(Pow(N(2), X), "x")), Is.EqualTo("Prod[Pow(2, x), ln(2)]"));
    }

    [Test]
    public void Decimal_exponents_stay_decimal()
    {
        Assert.That(TreeDump.Of(Derivative.Of(Pow(X, Decimal(1.5)), "x")), Is.EqualTo("Prod[1.5r, Pow(x, 0.5r)]"));
    }

    [Test]
    public void Other_variables_are_constants()
    {
        Assert.That(Derivative.Of(Multiply(Sin(Y), Exp(Z)), "x"), Is.EqualTo(N(0)));
    }

    [Test]
    public void Nth_derivatives()
    {
        Assert.That(TreeDump.Of(Derivative.Of(Pow(X, N(5)), "x", 3)), Is.EqualTo("Prod[60, Pow(x, 2)]"));
        Assert.That(TreeDump.Of(Derivative.Of(Sin(X), "x", 4)), Is.EqualTo("sin(x)"));
        Assert.That(TreeDump.Of(Derivative.Of(Pow(X, N(3)), "x", 0)), Is.EqualTo("Pow(x, 3)"));
        Assert.That(() => Derivative.Of(X, "x", -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Mixed_partials()
    {
        var f = Multiply(Pow(X, N(2)), Pow(Y, N(3)));
        Assert.That(TreeDump.Of(Derivative.Mixed(f, "x", "y")), Is.EqualTo("Prod[6, x, Pow(y, 2)]"));
        Assert.That(Derivative.Mixed(f, "y", "x"), Is.EqualTo(Derivative.Mixed(f, "x", "y")));
    }

    [Test]
    public void Gradient_of_the_lecture_function()
    {
        var f = Add(Multiply(N(2), X), Multiply(N(3), X, Y), Pow(Y, N(3)));
        var g = Derivative.Gradient(f, ["x", "y"]);
        Assert.That(g.Select(TreeDump.Of), Is.EqualTo(new[] { "Sum[2, Prod[3, y]]", "Sum[Prod[3, x], Prod[3, Pow(y, 2)]]" }));
    }

    [Test]
    public void Hessian_is_symmetric_for_a_smooth_function()
    {
        var f = Add(Multiply(Pow(X, N(2)), Y), Multiply(Sin(X), Exp(Y)));
        var h = Derivative.Hessian(f, ["x", "y"]);
        Assert.That(TreeDump.Of(h[0][0]), Is.EqualTo("Sum[Prod[2, y], Prod[-1, sin(x), exp(y)]]"));
        Assert.That(h[0][1], Is.EqualTo(h[1][0]));
        Assert.That(TreeDump.Of(h[1][1]), Is.EqualTo("Prod[sin(x), exp(y)]"));
    }

    [Test]
    public void Jacobian_of_two_functions()
    {
        var j = Derivative.Jacobian([Multiply(X, Y), Add(X, Y)], ["x", "y"]);
        Assert.That(j.Select(row => row.Select(TreeDump.Of)), Is.EqualTo(new[] { new[] { "y", "x" }, new[] { "1", "1" } }));
    }

    [Test]
    public void Non_smooth_functions_follow_the_conventions_and_say_so()
    {
        var abs = Derivative.Compute(Apply(MathFunctions.Abs, X), ["x"]);
        Assert.That(TreeDump.Of(abs.Expression), Is.EqualTo("sign(x)"));
        Assert.That(abs.Notes, Has.Some.Contains("undefined at x = 0"));
        Assert.That(TreeDump.Of(Derivative.Of(Apply(MathFunctions.Relu, X), "x")), Is.EqualTo("step(x)"));
        var step = Derivative.Compute(Apply(MathFunctions.Step, X), ["x"]);
        Assert.That(TreeDump.Of(step.Expression), Is.EqualTo("0"));
        Assert.That(step.Notes, Has.Some.Contains("undefined"));
        Assert.That(TreeDump.Of(Derivative.Of(Apply(MathFunctions.Max, N(0), X), "x")), Is.EqualTo("Sum[1, Prod[-1, step(Prod[-1, x])]]"));
    }

    [Test]
    public void A_log_with_a_base_uses_both_partials()
    {
        var d = Derivative.Of(Apply(MathFunctions.Ln, X, X), "x");
        Assert.That(Simplifier.AreEquivalent(d, N(0)), Is.True, TreeDump.Of(d));
    }

    [Test]
    public void Deep_trees_do_not_overflow_the_stack()
    {
        Expr e = X;
        for (var i = 0; i < 2_000; i++) e = Sin(e);
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { Derivative.Of(e, "x"); }
            catch (Exception ex) { failure = ex; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(failure, Is.Null.Or.InstanceOf<ExpressionTooDeepException>());
    }
}
