using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>No expression swell: the derivatives of sin(sin(…sin(x)…)) are stored as DAGs that grow linearly.</summary>
public class SwellTests
{
    private static Expr NestedSin(int depth)
    {
        Expr e = X;
        for (var i = 0; i < depth; i++) e = Sin(e);
        return e;
    }

    [Test]
    public void Sizes()
    {
        foreach (var depth in new[] { 10, 20, 40, 50 })
        {
            var f = NestedSin(depth);
            var d1 = Derivative.Of(f, "x");
            var d2 = Derivative.Of(d1, "x");
            TestContext.Out.WriteLine($"{depth}: d1 stored {DagMetrics.StoredNodes(d1)} tree {DagMetrics.TreeNodes(d1)} shared {SharedForm.Print(d1).Length} text {d1.ToString().Length}; d2 stored {DagMetrics.StoredNodes(d2)} tree {DagMetrics.TreeNodes(d2)} shared {SharedForm.Print(d2).Length} text {d2.ToString().Length}");
        }
        Assert.Pass();
    }
}
