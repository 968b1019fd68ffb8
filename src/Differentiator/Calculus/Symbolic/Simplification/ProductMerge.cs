using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The common case of the chain and power rules: a product already collected (interned) times a
/// few factors that share no base with it, and exact numbers. Nothing needs collecting then: each
/// factor is inserted where <see cref="FactorCollector"/> would sort it and the numbers fold into
/// the coefficient, in time linear in the product (the full collection would rebuild its
/// like-factor table, which made the derivative of a 50-deep composition quadratic in tables).
/// Null whenever a rule of the full collection could apply, which then runs instead.
/// </summary>
internal static class ProductMerge
{
    private const int MaxSingles = 4;

    public static Expr? TryMerge(ReadOnlySpan<Expr> factors, Rewriter rw)
    {
        if (rw.Options.Canonical || factors.Length > MaxSingles + 1) return null;
        Product? product = null;
        var productAt = -1;
        var coefficient = Rational.One;
        Span<int> singles = stackalloc int[MaxSingles];
        var singleCount = 0;
        for (var i = 0; i < factors.Length; i++)
        {
            switch (factors[i])
            {
                case Rational r:
                    coefficient *= r;
                    break;
                case Product p when product is null && ReferenceEquals(p.InternedBy, rw.Interner):
                    (product, productAt) = (p, i);
                    break;
                case Real or Product:
                    return null;
                case Call { Function: var f } when ReferenceEquals(f, MathFunctions.Exp):
                    return null; // e^a·e^b may combine
                case Constant c when ReferenceEquals(c, Constant.E):
                    return null; // so may e·e^(-1)
                default:
                    if (singleCount == MaxSingles) return null;
                    singles[singleCount++] = i;
                    break;
            }
        }
        if (product is null || coefficient.IsZero) return null;
        var items = product.Items;
        var leading = items[0] as Rational;
        if (items[0] is not Rational && Numbers.IsNumber(items[0])) return null; // a decimal coefficient: the full rules
        if (leading is not null) coefficient *= leading;
        var start = leading is null ? 0 : 1;
        // A decimal the coefficient could not fold into (−½·5e-324 underflows): with the new coefficient it may fold
        // (−1·5e-324 does, and the factories' shape has no −1 before a decimal), so the full rules fold the numbers again.
        if (items[start] is Real) return null;
        if (items.Length - start + singleCount < 2) return null; // a lone factor times a number may distribute
        for (var s = 0; s < singleCount; s++)
        {
            var f = factors[singles[s]];
            if (Any(items.AsSpan(start), factors, singles[..s], BaseOf(f), static (e, b) => BaseOf(e) is var other && (ReferenceEquals(other, b) || other.Equals(b))))
                return null;
        }
        if (coefficient.IsNegative && Any(items.AsSpan(start), factors, singles[..singleCount], 0, static (e, _) => e is Sum sum && FactorCollector.AllNegative(sum.Items)))
            return null;

        rw.Budget.Spend(items.Length + singleCount);
        var merged = rw.Scratch.List(items.Length + singleCount + 1);
        if (!coefficient.IsOne) merged.Add(coefficient);
        for (var i = start; i < items.Length; i++) merged.Add(items[i]);
        var offset = merged.Count - (items.Length - start);
        for (var s = 0; s < singleCount; s++)
        {
            var f = factors[singles[s]];
            merged.Insert(Position(merged, offset, f, before: singles[s] < productAt), f);
        }
        var result = new Product(merged.ToArray());
        rw.Scratch.Return(merged);
        return rw.Interner.Intern(result);
    }

    /// <summary>Where the collector puts <paramref name="f"/>: in its section (above or below the fraction bar), after the factors that sort before it.</summary>
    private static int Position(NodeList merged, int from, Expr f, bool before)
    {
        var below = Quotients.IsDenominatorFactor(f);
        var i = from;
        while (i < merged.Count && !Quotients.IsDenominatorFactor(merged[i]) && below) i++;
        for (; i < merged.Count; i++)
        {
            if (Quotients.IsDenominatorFactor(merged[i]) != below) break;
            var order = FactorOrder.Compare(merged[i], f);
            if (before ? order >= 0 : order > 0) break;
        }
        return i;
    }

    private static Expr BaseOf(Expr f) => f is Power p ? p.Base : f;

    /// <summary>Whether <paramref name="test"/> holds for one of <paramref name="items"/> or of the <paramref name="factors"/> at <paramref name="at"/>.</summary>
    private static bool Any<T>(ReadOnlySpan<Expr> items, ReadOnlySpan<Expr> factors, ReadOnlySpan<int> at, T state, Func<Expr, T, bool> test)
    {
        foreach (var e in items)
            if (test(e, state)) return true;
        foreach (var i in at)
            if (test(factors[i], state)) return true;
        return false;
    }
}
