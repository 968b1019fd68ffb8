using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>
/// No expression swell: the derivatives of sin(sin(…sin(x)…)) are stored as DAGs that grow
/// linearly with the depth, and printed with their shared parts named once they stay small.
/// (MathNet.Symbolics prints 6,474 characters for the first derivative at depth 50 and 329,972
/// for the second.)
/// </summary>
public class SwellTests
{
    private static Expr NestedSin(int depth)
    {
        Expr e = X;
        for (var i = 0; i < depth; i++) e = Sin(e);
        return e;
    }

    [Test]
    public void The_first_derivative_is_stored_in_linear_size()
    {
        var stored = new[] { 10, 20, 40, 50 }.Select(n => DagMetrics.StoredNodes(Derivative.Of(NestedSin(n), "x"))).ToList();
        Assert.That(stored, Is.EqualTo(new[] { 21, 41, 81, 101 }), "2n + 1 nodes: n sines, n cosines, one product");
    }

    [Test]
    public void The_engine_shares_the_inner_derivatives_before_any_simplification()
    {
        // d/dx s_k = cos(s_(k-1)) · d/dx s_(k-1): each inner derivative is built once and referenced.
        var raw = new[] { 25, 50 }.Select(n => DagMetrics.StoredNodes(Derivative.Raw(NestedSin(n), "x"))).ToList();
        Assert.That(raw[1], Is.LessThanOrEqualTo(2.1 * raw[0]));
        Assert.That(raw[1], Is.LessThanOrEqualTo(4 * 50));
    }

    [Test]
    public void The_second_derivative_is_stored_in_linear_size()
    {
        var d1 = Derivative.Of(NestedSin(50), "x");
        var d2 = Derivative.Of(d1, "x");
        var d2Half = Derivative.Of(Derivative.Of(NestedSin(25), "x"), "x");
        Assert.That(DagMetrics.StoredNodes(d2), Is.LessThanOrEqualTo(6 * 50));
        Assert.That(DagMetrics.StoredNodes(d2), Is.LessThanOrEqualTo(2.2 * DagMetrics.StoredNodes(d2Half)));
        Assert.That(DagMetrics.TreeNodes(d2), Is.GreaterThan(50 * DagMetrics.StoredNodes(d2)), "written out, the tree is far larger than what is stored");
    }

    [Test]
    public void The_shared_print_of_the_first_derivative_grows_linearly()
    {
        var at25 = SharedForm.Print(Derivative.Of(NestedSin(25), "x")).Length;
        var at50 = SharedForm.Print(Derivative.Of(NestedSin(50), "x")).Length;
        Assert.That(at50, Is.LessThanOrEqualTo(2.2 * at25));
    }

    [Test]
    public void The_second_derivative_prints_within_ten_times_the_first()
    {
        var d1 = Derivative.Of(NestedSin(50), "x");
        var d2 = Derivative.Of(d1, "x");
        var first = SharedForm.Print(d1).Length;
        var second = SharedForm.Print(d2).Length;
        TestContext.Out.WriteLine($"first: {d1.ToString().Length} plain, {first} shared; second: {d2.ToString().Length} plain, {second} shared");
        Assert.That(second, Is.LessThanOrEqualTo(10 * first));
        Assert.That(second, Is.LessThanOrEqualTo(10 * d1.ToString().Length));
    }

    [Test]
    public void Shared_print_names_each_repeated_subexpression_once()
    {
        var d1 = Derivative.Of(NestedSin(3), "x");
        Assert.That(SharedForm.Print(d1), Is.EqualTo("a1 = sin(x)\ncos(sin(a1)) cos(a1) cos(x)"));
        Assert.That(SharedForm.Print(Formula.Parse("x^2 + 1").Expression), Is.EqualTo("x^2 + 1"));
    }
}
