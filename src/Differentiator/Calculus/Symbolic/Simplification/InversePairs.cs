using Differentiator.Expressions;
using static Differentiator.Expressions.MathFunctions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// A trigonometric function of an inverse one, as SymPy writes it: <c>sin(asin u) = u</c>,
/// <c>cos(asin u) = sqrt(1 - u^2)</c>, <c>csc(asin u) = 1/u</c>, <c>tan(atan u) = u</c>,
/// <c>cos(atan u) = 1/sqrt(u^2 + 1)</c>, …; and the absorption laws <c>min(u, max(u, v)) = u</c>,
/// <c>max(u, min(u, v)) = u</c>, <c>min(u, u) = max(u, u) = u</c>.
/// </summary>
internal static class InversePairs
{
    public static Expr? Trigonometric(MathFunction f, Expr argument, Rewriter rw)
    {
        if (argument is not Call { Function: var g, Arguments: [var u] } || !IsTrigonometric(f)) return null;
        Expr sin, cos;
        if (ReferenceEquals(g, Asin)) (sin, cos) = (u, RootOfOneMinusSquare(u, rw));
        else if (ReferenceEquals(g, Acos)) (sin, cos) = (RootOfOneMinusSquare(u, rw), u);
        else if (ReferenceEquals(g, Atan))
        {
            var reciprocal = rw.Simplify(Expr.Reciprocal(Expr.Apply(Sqrt, Expr.Add(Expr.Pow(u, Rational.Two), Rational.One))));
            (sin, cos) = (FactorCollector.Collect([u, reciprocal], rw), reciprocal);
        }
        else return null;
        if (!ReferenceEquals(g, Atan))
            rw.Note($"{f.Name}({g.Name}(u)) is simplified where {g.Name}(u) is defined, -1 ≤ u ≤ 1 (u = {Rewriter.Shown(u)})");
        if (ReferenceEquals(f, Sin)) return sin;
        if (ReferenceEquals(f, Cos)) return cos;
        if (ReferenceEquals(f, Tan)) return Quotient(sin, cos, rw);
        if (ReferenceEquals(f, Csc)) return Quotient(Rational.One, sin, rw);
        if (ReferenceEquals(f, Sec)) return Quotient(Rational.One, cos, rw);
        return Quotient(cos, sin, rw);
    }

    public static Expr? MinMax(MathFunction f, Expr[] args)
    {
        var other = ReferenceEquals(f, Min) ? Max : ReferenceEquals(f, Max) ? Min : null;
        if (other is null || args.Length != 2) return null;
        if (args[0].Equals(args[1])) return args[0];
        for (var i = 0; i < 2; i++)
        {
            var (u, v) = (args[i], args[1 - i]);
            if (v is Call { Function: var g, Arguments: [var p, var q] } && ReferenceEquals(g, other) && (p.Equals(u) || q.Equals(u)))
                return u;
        }
        return null;
    }

    private static bool IsTrigonometric(MathFunction f) =>
        ReferenceEquals(f, Sin) || ReferenceEquals(f, Cos) || ReferenceEquals(f, Tan)
        || ReferenceEquals(f, Csc) || ReferenceEquals(f, Sec) || ReferenceEquals(f, Cot);

    private static Expr RootOfOneMinusSquare(Expr u, Rewriter rw) =>
        rw.Simplify(Expr.Apply(Sqrt, Expr.Subtract(Rational.One, Expr.Pow(u, Rational.Two))));

    private static Expr Quotient(Expr numerator, Expr denominator, Rewriter rw) =>
        FactorCollector.Collect([numerator, PowerRules.Make(denominator, Rational.MinusOne, rw)], rw);
}
