using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The opt-in <c>expand</c> pass: multiplies out products of sums and positive integer powers of
/// sums. Before it builds anything it counts the terms the result would have; above
/// <see cref="SimplifyOptions.MaxExpandedTerms"/> it leaves the node as it is and says so, so
/// <c>(x+1)^100000</c> is never expanded by accident.
/// </summary>
internal static class Expander
{
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
        var estimate = factors.Aggregate(BigInteger.One, (acc, f) => acc * TermCount(f));
        if (estimate > rw.Options.MaxExpandedTerms)
        {
            rw.Skipped($"expand skipped {e}: the result would have about {estimate} terms (limit {rw.Options.MaxExpandedTerms})");
            return e;
        }
        IReadOnlyList<Expr> terms = [Rational.One];
        foreach (var factor in factors)
        {
            if (factor is Power { Base: Sum s, Exponent: Rational { IsInteger: true, IsNegative: false } n } && (int)n.Numerator is var count)
                for (var i = 0; i < count; i++) terms = Multiply(terms, s.Terms, rw);
            else
                terms = Multiply(terms, factor is Sum sum ? sum.Terms : [factor], rw);
        }
        return TermCollector.Collect(terms, rw);
    }

    private static bool IsExpandable(Expr f) =>
        f is Sum || f is Power { Base: Sum, Exponent: Rational { IsInteger: true, IsNegative: false } };

    /// <summary>How many terms a factor contributes: m for a sum of m terms, C(n+m-1, m-1) for its n-th power.</summary>
    private static BigInteger TermCount(Expr factor) => factor switch
    {
        Sum s => s.Terms.Count,
        Power { Base: Sum s, Exponent: Rational { IsInteger: true, IsNegative: false } n } => Binomial(n.Numerator + s.Terms.Count - 1, s.Terms.Count - 1),
        _ => BigInteger.One,
    };

    private static BigInteger Binomial(BigInteger n, int k)
    {
        BigInteger result = 1;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    private static List<Expr> Multiply(IReadOnlyList<Expr> left, IReadOnlyList<Expr> right, Rewriter rw)
    {
        var products = new List<Expr>(left.Count * right.Count);
        foreach (var a in left)
            foreach (var b in right)
                products.Add(FactorCollector.Collect([a, b], rw));
        var collected = TermCollector.Collect(products, rw);
        return collected is Sum s ? [.. s.Terms] : [collected];
    }
}
