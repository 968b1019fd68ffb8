using System.Numerics;
using System.Runtime.InteropServices;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The opt-in <c>expand</c> pass: multiplies out products of sums and positive integer powers of
/// sums. Before it builds anything it estimates the size of the result, in terms and in the bits of
/// its coefficients; above <see cref="SimplifyOptions.MaxExpandedTerms"/> terms, or
/// <see cref="MaxCoefficientBits"/> bits of coefficients in all, it leaves the node as it is and
/// says so, so <c>(x+1)^100000</c> or <c>(x+1)^1001</c> (300,000 digits of binomial coefficients) is
/// never expanded by accident.
/// </summary>
internal static class Expander
{
    /// <summary>The most bits all the coefficients of one expansion may have together (about 300,000 digits).</summary>
    public const long MaxCoefficientBits = 1_000_000;

    public static Expr Expand(Expr e, Rewriter rw)
    {
        StackGuard.Ensure();
        switch (e)
        {
            case Product p when p.Factors.Any(IsExpandable):
            case Power { Base: Sum, Exponent: Rational { IsInteger: true, IsNegative: false } }:
                break;
            default:
                return e;
        }
        var factors = e is Product product ? product.Factors : [e];
        var terms = BigInteger.One;
        var bits = 0L;
        foreach (var f in factors)
        {
            var (count, coefficientBits) = Estimate(f);
            terms *= count;
            bits += coefficientBits;
        }
        if (terms > rw.Options.MaxExpandedTerms || terms * bits > MaxCoefficientBits)
        {
            rw.Skipped($"expand skipped {Rewriter.Shown(e)}: the result would have about {terms} terms with coefficients of up to {bits} bits "
                       + $"(limits {rw.Options.MaxExpandedTerms} terms, {MaxCoefficientBits} bits in all)");
            return e;
        }
        rw.Budget.Reserve((long)terms * factors.Count);
        IReadOnlyList<Expr> expanded = [Rational.One];
        foreach (var factor in factors)
            expanded = Multiply(expanded, Terms(factor, rw), rw);
        return TermCollector.Collect([.. expanded], rw);
    }

    private static bool IsExpandable(Expr f) =>
        f is Sum || f is Power { Base: Sum, Exponent: Rational { IsInteger: true, IsNegative: false } };

    /// <summary>
    /// The terms a factor contributes and the bits of their largest coefficient: m terms for a sum of m
    /// terms, C(n+m-1, m-1) for its n-th power, whose coefficients are below (m·c)^n for coefficients below c.
    /// </summary>
    private static (BigInteger Terms, long Bits) Estimate(Expr factor)
    {
        switch (factor)
        {
            case Sum s:
                return (s.Terms.Count, CoefficientBits(s));
            case Power { Base: Sum s, Exponent: Rational { IsInteger: true, IsNegative: false } n }:
                var perPower = (long)Math.Ceiling(Math.Log2(s.Terms.Count)) + CoefficientBits(s);
                return (Binomial(n.Numerator + s.Terms.Count - 1, s.Terms.Count - 1), (long)BigInteger.Min(n.Numerator * perPower, long.MaxValue / 4));
            default:
                return (BigInteger.One, 1);
        }
    }

    private static long CoefficientBits(Sum s)
    {
        var bits = 1L;
        foreach (var t in s.Terms)
            if ((t is Product p ? p.Factors[0] : t) is Rational c)
                bits = Math.Max(bits, (long)Math.Max(BigInteger.Abs(c.Numerator).GetBitLength(), c.Denominator.GetBitLength()));
        return bits;
    }

    private static BigInteger Binomial(BigInteger n, int k)
    {
        BigInteger result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    /// <summary>The terms of one factor: a sum's terms, a power of a two-term sum by the binomial theorem, other powers multiplied out.</summary>
    private static IReadOnlyList<Expr> Terms(Expr factor, Rewriter rw)
    {
        switch (factor)
        {
            case Sum sum:
                return sum.Terms;
            case Power { Base: Sum { Terms.Count: 2 } s, Exponent: Rational { IsInteger: true } n }:
                var power = (int)n.Numerator;
                var terms = new Expr[power + 1];
                var coefficient = BigInteger.One;
                for (var k = 0; k <= power; k++)
                {
                    rw.Budget.Spend();
                    terms[k] = FactorCollector.Collect(
                        [Rational.Of(coefficient), PowerRules.Make(s.Terms[0], Rational.Of(power - k), rw), PowerRules.Make(s.Terms[1], Rational.Of(k), rw)], rw);
                    coefficient = coefficient * (power - k) / (k + 1);
                }
                return terms;
            case Power { Base: Sum s, Exponent: Rational { IsInteger: true } n }:
                IReadOnlyList<Expr> result = [Rational.One];
                for (var i = 0; i < (int)n.Numerator; i++) result = Multiply(result, s.Terms, rw);
                return result;
            default:
                return [factor];
        }
    }

    private static List<Expr> Multiply(IReadOnlyList<Expr> left, IReadOnlyList<Expr> right, Rewriter rw)
    {
        var products = new List<Expr>(left.Count * right.Count);
        foreach (var a in left)
            foreach (var b in right)
                products.Add(FactorCollector.Collect([a, b], rw));
        var collected = TermCollector.Collect(CollectionsMarshal.AsSpan(products), rw);
        return collected is Sum s ? [.. s.Terms] : [collected];
    }
}
