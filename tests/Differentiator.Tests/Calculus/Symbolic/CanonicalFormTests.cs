using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Tests.Support;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Symbolic.Trees;

namespace Differentiator.Tests.Calculus.Symbolic;

public class CanonicalFormTests
{
    private static readonly SimplifyOptions ExpandOnly = new() { Expand = true };

    [Test]
    public void Reordered_sums_and_products_have_one_canonical_form()
    {
        var a = Add(Multiply(Y, X), Sin(X), N(1));
        var b = Add(N(1), Sin(X), Multiply(X, Y));
        Assert.That(Simplifier.Canonical(a).Expression, Is.EqualTo(Simplifier.Canonical(b).Expression));
        Assert.That(Simplifier.AreEquivalent(a, b), Is.True);
    }

    [Test]
    public void Different_expressions_are_not_equivalent() =>
        Assert.That(Simplifier.AreEquivalent(Add(X, N(1)), Add(X, N(2))), Is.False);

    [Test]
    public void Expand_is_opt_in()
    {
        var square = Pow(Add(X, N(1)), N(2));
        var expanded = Add(Pow(X, N(2)), Multiply(N(2), X), N(1));
        Assert.That(Simplifier.AreEquivalent(square, expanded), Is.False);
        Assert.That(Simplifier.AreEquivalent(square, expanded, ExpandOnly), Is.True);
        Assert.That(TreeDump.Of(Simplifier.Canonical(Subtract(square, expanded), ExpandOnly).Expression), Is.EqualTo("0"));
    }

    [Test]
    public void Expanding_a_product_of_sums()
    {
        var product = Multiply(Add(X, Y), Add(X, Negate(Y)));
        Assert.That(Simplifier.AreEquivalent(product, Subtract(Pow(X, N(2)), Pow(Y, N(2))), ExpandOnly), Is.True);
    }

    [Test]
    public void Trig_is_opt_in()
    {
        var pythagoras = Add(Pow(Sin(X), N(2)), Pow(Cos(X), N(2)));
        Assert.That(TreeDump.Of(Simplifier.Canonical(pythagoras).Expression), Is.Not.EqualTo("1"));
        Assert.That(TreeDump.Of(Simplifier.Canonical(pythagoras, new SimplifyOptions { Trig = true }).Expression), Is.EqualTo("1"));
        var scaled = Add(Multiply(N(3), Y, Pow(Cos(X), N(2))), Multiply(N(3), Pow(Sin(X), N(2)), Y), N(1));
        Assert.That(TreeDump.Of(Simplifier.Simplify(scaled, new SimplifyOptions { Trig = true }).Expression), Is.EqualTo("Sum[Prod[3, y], 1]"));
    }

    [Test]
    public void A_huge_power_is_never_expanded_by_accident()
    {
        var huge = Pow(Add(X, N(1)), N(100_000));
        var plain = Simplifier.Simplify(huge, SimplifyOptions.Default);
        Assert.That(plain.Expression, Is.EqualTo(huge));
        var expanded = Simplifier.Simplify(huge, ExpandOnly);
        Assert.That(expanded.Expression, Is.EqualTo(huge));
        Assert.That(expanded.Notes, Has.Some.Contains("expand skipped"));
    }

    [Test]
    public void Moderate_expansion_is_done()
    {
        var cube = Simplifier.Simplify(Pow(Add(X, N(1)), N(3)), ExpandOnly).Expression;
        Assert.That(TreeDump.Of(cube), Is.EqualTo("Sum[Pow(x, 3), Prod[3, Pow(x, 2)], Prod[3, x], 1]"));
    }
}
