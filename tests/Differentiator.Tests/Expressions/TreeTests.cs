using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Expressions;

/// <summary>The expression tree: immutable, structural equality and hashing, one canonical shape.</summary>
public class TreeTests
{
    private static readonly Symbol X = Variable("x");
    private static readonly Symbol Y = Variable("y");

    [Test]
    public void EqualTreesAreEqualAndHashAlike()
    {
        var a = Formula.Parse("2x + sin(x y)").Expression;
        var b = Formula.Parse("2*x + sin(x*y)").Expression;
        Assert.That(a, Is.EqualTo(b));
        Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
        Assert.That(ReferenceEquals(a, b), Is.False);
        Assert.That(a == b, Is.True);
    }

    [Test]
    public void OrderMattersForEquality() =>
        Assert.That(Formula.Parse("x + y").Expression, Is.Not.EqualTo(Formula.Parse("y + x").Expression));

    [Test]
    public void SumsAndProductsAreFlat()
    {
        var sum = (Sum)Add(X, Add(Y, Number(1)));
        Assert.That(sum.Terms, Has.Count.EqualTo(3));
        var product = (Product)Multiply(X, Multiply(Y, X));
        Assert.That(product.Factors, Has.Count.EqualTo(3));
    }

    [Test]
    public void ExactCoefficientsFoldToTheFront()
    {
        var p = (Product)Multiply(X, Number(2), Y, Number(3));
        Assert.That(p.Factors, Is.EqualTo(new Expr[] { Number(6), X, Y }));
        Assert.That(p.Coefficient, Is.EqualTo(Number(6)));
        Assert.That(Multiply(Number(2), Rational.Half), Is.EqualTo(Rational.One));
    }

    [Test]
    public void DecimalsAreNeverFolded()
    {
        var p = (Product)Multiply(Decimal(2.0), Decimal(3.0));
        Assert.That(p.Factors, Has.Count.EqualTo(2));
    }

    [Test]
    public void QuotientsAreNegativePowersKeptLast()
    {
        var q = (Product)Divide(X, Y);
        Assert.That(q.Factors, Is.EqualTo(new Expr[] { X, Pow(Y, Number(-1)) }));
        var mixed = (Product)Multiply(Pow(Y, Number(-1)), X);
        Assert.That(mixed.Factors[0], Is.EqualTo(X));
    }

    [Test]
    public void NegationFoldsIntoNumbersAndCoefficients()
    {
        Assert.That(Negate(Number(3)), Is.EqualTo(Number(-3)));
        Assert.That(Negate(Decimal(2.5)), Is.EqualTo(Decimal(-2.5)));
        Assert.That(Negate(Multiply(Number(2), X)), Is.EqualTo(Multiply(Number(-2), X)));
        Assert.That(Negate(Negate(X)), Is.EqualTo(X));
    }

    [Test]
    public void PowersOfEAreCallsOfExp() =>
        Assert.That(Pow(Constant.E, X), Is.EqualTo(Apply(MathFunctions.Exp, X)));

    [Test]
    public void DepthIsTracked()
    {
        Assert.That(X.Depth, Is.EqualTo(1));
        Assert.That(Apply(MathFunctions.Sin, Apply(MathFunctions.Sin, X)).Depth, Is.EqualTo(3));
    }

    [Test]
    public void TooDeepATreeIsRefusedWhenBuilt()
    {
        Expr e = X;
        for (var i = 1; i < Expr.MaxDepth; i++) e = Apply(MathFunctions.Sin, e);
        Assert.That(e.Depth, Is.EqualTo(Expr.MaxDepth));
        var tooDeep = Assert.Throws<ExpressionTooDeepException>(() => Apply(MathFunctions.Sin, e));
        Assert.That(tooDeep!.Limit, Is.EqualTo(Expr.MaxDepth));
    }

    [Test]
    public void ArityIsCheckedWhenBuilt() =>
        Assert.That(() => Apply(MathFunctions.Sin, X, Y), Throws.ArgumentException.With.Message.Contains("sin takes one argument"));

    [Test]
    public void ExactRationalsStayExact()
    {
        var third = Rational.Of(1, 3);
        Assert.That(third + third + third, Is.EqualTo(Rational.One));
        Assert.That(Rational.Of(2, -4), Is.EqualTo(Rational.Of(-1, 2)));
        Assert.That(Rational.Of(1, 3).ToDouble(), Is.EqualTo(1.0 / 3));
        var huge = Rational.Of(System.Numerics.BigInteger.Pow(10, 400) + 1, System.Numerics.BigInteger.Pow(10, 400));
        Assert.That(huge.ToDouble(), Is.EqualTo(1.0));
    }

    [Test]
    public void FunctionTableHasOneRowPerFunctionAndFindsAliases()
    {
        Assert.That(MathFunctions.All.Select(f => f.Name), Is.Unique);
        Assert.That(MathFunctions.Find("arcsin"), Is.SameAs(MathFunctions.Asin));
        Assert.That(MathFunctions.Find("Heaviside"), Is.SameAs(MathFunctions.Step));
        Assert.That(MathFunctions.Find("log"), Is.SameAs(MathFunctions.Ln));
        Assert.That(MathFunctions.Find("nope"), Is.Null);
        Assert.That(MathFunctions.All.Select(f => f.Name), Is.SupersetOf(new[]
        {
            "sin", "cos", "tan", "sec", "csc", "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp", "ln",
            "log2", "log10", "sqrt", "cbrt", "abs", "sign", "step", "sigmoid", "relu", "softplus", "max", "min",
        }));
    }
}
