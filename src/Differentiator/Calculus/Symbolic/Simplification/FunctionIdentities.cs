using System.Numerics;
using System.Runtime.InteropServices;
using Differentiator.Expressions;
using static Differentiator.Expressions.MathFunctions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Exact identities of calls: inverse pairs (<c>ln(e^u) = u</c>, <c>e^(ln u) = u</c> and
/// <c>e^(c ln u) = u^c</c> for u &gt; 0, trigonometric functions of inverse ones and min/max
/// absorption in <see cref="InversePairs"/>),
/// values at 0 and 1 (<c>sin 0 = 0</c>, <c>ln 1 = log2 1 = log10 1 = 0</c>), functions that are exact on rationals
/// (<c>|-3| = 3</c>, <c>max(2, 5) = 5</c>, <c>sqrt(9/4) = 3/2</c>), and numeric folding when every
/// argument is a decimal. Anything else is left as a call.
/// </summary>
internal static class FunctionIdentities
{
    private static readonly HashSet<MathFunction> ZeroAtZero = [Sin, Tan, Sinh, Tanh, Asin, Atan, Sqrt, Cbrt, Abs, Sign, Relu];
    private static readonly HashSet<MathFunction> OneAtZero = [Cos, Cosh, Exp, Step, Sec];

    /// <summary>2 for the square root, 3 for the cube root, otherwise null.</summary>
    public static int? RootIndex(MathFunction f) => ReferenceEquals(f, Sqrt) ? 2 : ReferenceEquals(f, Cbrt) ? 3 : null;

    public static Expr Apply(MathFunction f, Expr[] args, Rewriter rw, Call? original = null)
    {
        StackGuard.Ensure();
        rw.Budget.Spend();
        if (Identity(f, args, rw) is { } simpler) return simpler;
        return rw.TryReuse(original, args, out var same) ? same : rw.Interner.Intern((Expr)Expr.ApplyOwned(f, args));
    }

    private static Expr? Identity(MathFunction f, Expr[] args, Rewriter rw)
    {
        var (reals, rationals) = (0, 0);
        foreach (var a in args)
        {
            if (a is Real) reals++;
            else if (a is Rational) rationals++;
        }
        if (reals > 0 && reals + rationals == args.Length) return Fold(f, args);
        var x = args[0];
        if (args.Length == 1 && x is Rational { IsZero: true })
        {
            if (ZeroAtZero.Contains(f)) return Rational.Zero;
            if (OneAtZero.Contains(f)) return Rational.One;
        }
        if (ReferenceEquals(f, Ln) && args.Length == 1) return Logarithm(x);
        if ((ReferenceEquals(f, Log2) || ReferenceEquals(f, Log10)) && x is Rational { IsOne: true }) return Rational.Zero;
        if (ReferenceEquals(f, Exp) && x is Call { Function: var g } inner && ReferenceEquals(g, Ln) && inner.Arguments.Count == 1)
        {
            rw.Note($"e^(ln u) = u assumes u > 0 (u = {Rewriter.Shown(inner.Arguments[0])})");
            return inner.Arguments[0];
        }
        if (ReferenceEquals(f, Exp) && x is Product { Factors: [var c, Call { Function: var h, Arguments: [var u] }] } && Numbers.IsNumber(c) && ReferenceEquals(h, Ln))
        {
            rw.Note($"e^(c ln u) = u^c assumes u > 0 (u = {Rewriter.Shown(u)})");
            return PowerRules.Make(u, c, rw);
        }
        if (ReferenceEquals(f, Abs) && AbsoluteValue(x, rw) is { } absolute) return absolute;
        if (args.Length == 1 && InversePairs.Trigonometric(f, x, rw) is { } algebraic) return algebraic;
        if (InversePairs.MinMax(f, args) is { } absorbed) return absorbed;
        return rationals == args.Length ? ExactOnRationals(f, Array.ConvertAll(args, a => (Rational)a)) : null;
    }

    /// <summary>||u|| = |u|, and a positive constant factor comes out: |π·u| = π|u|, |-3u| = 3|u|.</summary>
    private static Expr? AbsoluteValue(Expr x, Rewriter rw)
    {
        if (x is Call { Function: var inner } && ReferenceEquals(inner, Abs)) return x;
        if (x is not Product p) return null;
        var sizes = new List<Expr>();
        var rest = new List<Expr>();
        foreach (var factor in p.Factors)
        {
            if (factor is Rational { IsZero: false } r) sizes.Add(r.Abs());
            else if (factor is Constant k && (ReferenceEquals(k, Constant.Pi) || ReferenceEquals(k, Constant.E))) sizes.Add(k);
            else rest.Add(factor);
        }
        if (sizes.Count == 0 || rest.Count == 0) return null;
        var remainder = rest.Count == 1 ? rest[0] : FactorCollector.Collect(CollectionsMarshal.AsSpan(rest), rw);
        sizes.Add(Apply(Abs, [remainder], rw));
        return FactorCollector.Collect(CollectionsMarshal.AsSpan(sizes), rw);
    }

    private static Expr? Logarithm(Expr x) => x switch
    {
        Rational { IsOne: true } => Rational.Zero,
        Constant c when ReferenceEquals(c, Constant.E) => Rational.One,
        Call { Function: var g } inner when ReferenceEquals(g, Exp) => inner.Arguments[0],
        _ => null,
    };

    private static Expr? ExactOnRationals(MathFunction f, Rational[] r)
    {
        if (ReferenceEquals(f, Abs)) return r[0].Abs();
        if (ReferenceEquals(f, Sign)) return Rational.Of(r[0].Numerator.Sign);
        if (ReferenceEquals(f, Step)) return r[0].IsNegative ? Rational.Zero : Rational.One;
        if (ReferenceEquals(f, Relu)) return r[0].IsNegative ? Rational.Zero : r[0];
        if (ReferenceEquals(f, Exp) && r[0].IsOne) return Constant.E; // exp(1) = e, not e^1
        if (ReferenceEquals(f, Max)) return r[0].CompareTo(r[1]) >= 0 ? r[0] : r[1];
        if (ReferenceEquals(f, Min)) return r[0].CompareTo(r[1]) <= 0 ? r[0] : r[1];
        if (RootIndex(f) is int k) return Numbers.ExactRoot(r[0], k);
        return null;
    }

    private static Expr? Fold(MathFunction f, Expr[] args)
    {
        if (args.Any(a => Numbers.AsDouble(a) is null)) return null; // an exact number beyond doubles is not folded as ∞ or 0
        var value = f.Evaluate(args.Select(Numbers.ToDouble).ToArray());
        return double.IsFinite(value) ? Real.Of(value) : null;
    }
}
