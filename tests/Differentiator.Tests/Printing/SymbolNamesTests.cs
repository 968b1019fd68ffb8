using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Printing;

/// <summary>
/// The survey every print starts with counts a small tree by plain recursion and a deep or much
/// shared one with a table: both ways give the same names and the same leaves written out.
/// </summary>
public class SymbolNamesTests
{
    [TestCase("x^2 e^x sin x / y + 3", 6)]
    [TestCase("1/(1 + e^(-x))", 3)]
    [TestCase("a*t - 1/x", 4)]
    public void SmallTreeAndTheSameTreeDeepCountAlike(string text, long leaves)
    {
        var small = Formula.Parse(text).Expression;
        var deep = small;
        for (var i = 0; i < 40; i++) deep = Apply(MathFunctions.Sin, deep); // deeper than the plain walk takes

        var (smallNames, _, smallLeaves) = SymbolNames.Survey(small);
        var (deepNames, _, deepLeaves) = SymbolNames.Survey(deep);

        Assert.That(deep.Depth, Is.GreaterThan(40));
        Assert.That(smallLeaves, Is.EqualTo(leaves));
        Assert.That(deepLeaves, Is.EqualTo(smallLeaves));
        Assert.That(deepNames, Is.EquivalentTo(smallNames));
    }

    [Test]
    public void SharedSubtreesCountOncePerUseWhenTheWalkGivesUp()
    {
        // t(k+1) = sin(t(k)) + cos(t(k)), t(0) = x + y: shallow, but 2^13 leaves written out.
        Expr t = Add(Variable("x"), Variable("y"));
        for (var k = 0; k < 12; k++) t = Add(Apply(MathFunctions.Sin, t), Apply(MathFunctions.Cos, t));

        var (names, declared, leaves) = SymbolNames.Survey(t);

        Assert.That(t.Depth, Is.LessThanOrEqualTo(32));
        Assert.That(leaves, Is.EqualTo(1L << 13));
        Assert.That(names, Is.EquivalentTo(new[] { "x", "y" }));
        Assert.That(declared, Is.Empty);
    }
}
