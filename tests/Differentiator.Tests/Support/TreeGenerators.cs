using Differentiator.Expressions;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Support;

/// <summary>Random expression trees built through the public factories, so they have the canonical shape.</summary>
public static class TreeGenerators
{
    private static readonly string[] Names = ["x", "y", "z", "w1", "x2", "θ", "x_max", "a", "b"];
    private static readonly double[] Decimals = [0.5, 2.0, 3.25, 1e-5, 1e300, 0.1, 7.0, 0.0];
    private static readonly MathFunction[] Unary = MathFunctions.All.Where(f => f.Accepts(1)).ToArray();
    private static readonly MathFunction[] Binary = MathFunctions.All.Where(f => f.Accepts(2)).ToArray();

    /// <summary>Decimals without the extremes, whose values other systems can match without rounding apart.</summary>
    private static readonly double[] ModestDecimals = [0.5, 2.0, 3.25, 0.1, 7.0, 0.0];

    public static Arbitrary<Expr> Trees => Arb.From(Gen.Sized(size => Tree(Math.Min(size, 30), Decimals)));

    /// <summary>Trees whose decimals are modest (no 1e300): for comparing values with another system.</summary>
    public static Gen<Expr> ModestTrees => Gen.Sized(size => Tree(Math.Min(size, 30), ModestDecimals));

    private static Gen<Expr> Leaf(double[] decimals) => Gen.OneOf(
        Gen.Elements(Names).Select(n => (Expr)Variable(n)),
        Gen.Choose(-20, 20).Select(n => (Expr)Number(n)),
        Gen.Choose(1, 9).SelectMany(p => Gen.Choose(2, 9).Select(q => (Expr)Rational.Of(p, q))),
        Gen.Elements(decimals).Select(d => (Expr)Decimal(d)),
        Gen.Elements<Expr>(Constant.Pi, Constant.E));

    private static Gen<Expr> Tree(int size, double[] decimals)
    {
        if (size <= 1) return Leaf(decimals);
        var child = Gen.Sized(_ => Tree(size / 2, decimals));
        return Gen.Frequency(
            (3, Leaf(decimals)),
            (2, Gen.ListOf(child, 2).Select(cs => Add(cs.ToArray()))),
            (1, child.SelectMany(a => child.SelectMany(b => child.Select(c => Add(a, b, c))))),
            (2, Gen.ListOf(child, 2).Select(cs => Multiply(cs.ToArray()))),
            (1, child.SelectMany(a => child.Select(b => Subtract(a, b)))),
            (1, child.SelectMany(a => child.Select(b => Divide(a, b)))),
            (1, child.SelectMany(a => child.Select(b => Pow(a, b)))),
            (1, child.Select(Negate)),
            (2, Gen.Elements(Unary).SelectMany(f => child.Select(a => (Expr)Apply(f, a)))),
            (1, Gen.Elements(Binary).SelectMany(f => child.SelectMany(a => child.Select(b => (Expr)Apply(f, a, b))))));
    }
}
