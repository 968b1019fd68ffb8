using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Sums: flattens, folds the numbers, and collects like terms (<c>3x + 2x = 5x</c>) into the
/// position where each first appeared; terms that cancel disappear.
/// </summary>
internal static class TermCollector
{
    public static Expr Collect(ReadOnlySpan<Expr> simplifiedTerms, Rewriter rw, Sum? original = null)
    {
        StackGuard.Ensure();
        var groups = rw.Scratch.TermGroups(simplifiedTerms.Length);
        var merged = false;
        foreach (var term in simplifiedTerms) Add(term);
        if (!merged && !rw.Options.Canonical && !rw.Options.Trig)
        {
            rw.Scratch.Return(groups);
            return simplifiedTerms.Length == 0 ? Rational.Zero
                : simplifiedTerms.Length == 1 ? simplifiedTerms[0]
                : rw.TryReuse(original, simplifiedTerms, out var same) ? same : rw.Interner.Intern(new Sum(simplifiedTerms.ToArray()));
        }
        if (rw.Options.Trig) TrigIdentities.Apply(groups, rw);

        var terms = rw.Scratch.List(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var key = groups.KeyAt(i);
            var value = groups.ValueAt(i);
            if (value is Sum apart)
            {
                foreach (var c in apart.Items)
                    if (!Numbers.IsZero(c)) terms.Add(ReferenceEquals(key, Rational.One) ? c : Scale(c, key, rw));
            }
            else if (!Numbers.IsZero(value)) terms.Add(ReferenceEquals(key, Rational.One) ? value : Scale(value, key, rw));
        }
        rw.Scratch.Return(groups);
        if (rw.Options.Canonical) terms.AsSpan().Sort(CanonicalOrder.Instance); // the introsort of List.Sort
        var result = terms.Count switch
        {
            0 => Rational.Zero,
            1 => terms[0],
            _ => rw.Interner.Intern(new Sum(terms.ToArray())),
        };
        rw.Scratch.Return(terms);
        return result;

        void Add(Expr term)
        {
            rw.Budget.Spend();
            if (term is Sum s)
            {
                merged = true;
                foreach (var t in s.Items) Add(t);
                return;
            }
            var (c, monomial) = Split(term, rw);
            merged |= Numbers.IsZero(c); // a zero term is dropped: the sum changes
            var at = groups.IndexOf(monomial);
            if (at >= 0)
            {
                merged = true;
                groups.SetValueAt(at, AddCoefficient(groups.ValueAt(at), c));
            }
            else groups.Add(monomial, c);
        }
    }

    /// <summary>
    /// The coefficients of like terms added: one number, or, when a double cannot hold the sum
    /// (<c>1e308 + 1e308</c>), the numbers kept apart as an unevaluated sum (the terms stay apart).
    /// </summary>
    public static Expr AddCoefficient(Expr sofar, Expr c)
    {
        if (sofar is Sum apart)
        {
            return Numbers.TryAdd(apart.Terms[^1], c, out var last)
                ? new Sum([.. apart.Terms.Take(apart.Terms.Count - 1), last])
                : new Sum([.. apart.Terms, c]);
        }
        return Numbers.TryAdd(sofar, c, out var total) ? total : new Sum([sofar, c]);
    }

    /// <summary>A term as numeric coefficient × the rest; a number's rest is the key <see cref="Rational.One"/>.</summary>
    public static (Expr Coefficient, Expr Monomial) Split(Expr term, Rewriter rw)
    {
        if (Numbers.IsNumber(term)) return (term, Rational.One);
        if (term is Product p && Numbers.IsNumber(p.Items[0]))
        {
            // The rest of a product in the factories' shape is in that shape too: build it directly.
            var rest = p.Items.Length == 2 ? p.Items[1] : rw.Interner.Intern(new Product(p.Items[1..]));
            return (p.Items[0], rest);
        }
        return (Rational.One, term);
    }

    /// <summary>coefficient × monomial, the coefficient first.</summary>
    public static Expr Scale(Expr coefficient, Expr monomial, Rewriter rw)
    {
        if (Numbers.IsOne(coefficient)) return monomial;
        // −1·3.25x is folded by the factory into −3.25x; every other coefficient simply goes first.
        var first = monomial is Product p ? p.Items[0] : monomial;
        if (coefficient is Rational { IsNegative: true } && first is Real)
            return rw.Interner.Intern(Expr.Multiply([coefficient, .. monomial is Product q ? q.Items : [monomial]]));
        if (monomial is not Product product) return rw.Interner.Intern(new Product([coefficient, monomial]));
        var factors = new Expr[product.Items.Length + 1];
        factors[0] = coefficient;
        product.Items.CopyTo(factors, 1);
        return rw.Interner.Intern(new Product(factors));
    }
}
