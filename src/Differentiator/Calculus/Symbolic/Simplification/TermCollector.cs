using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Sums: flattens, folds the numbers, and collects like terms (<c>3x + 2x = 5x</c>) into the
/// position where each first appeared; terms that cancel disappear.
/// </summary>
internal static class TermCollector
{
    public static Expr Collect(IReadOnlyList<Expr> simplifiedTerms, Rewriter rw)
    {
        var keys = new List<Expr>();
        var coefficients = new Dictionary<Expr, Expr>();
        foreach (var term in simplifiedTerms) Add(term);
        if (rw.Options.Trig) TrigIdentities.Apply(keys, coefficients, rw);

        var terms = new List<Expr>(keys.Count);
        foreach (var key in rw.Order(keys, k => k))
        {
            var c = coefficients[key];
            if (Numbers.IsZero(c)) continue;
            terms.Add(ReferenceEquals(key, Rational.One) ? c : Scale(c, key, rw));
        }
        return rw.Interner.Intern(Expr.Add(terms));

        void Add(Expr term)
        {
            rw.Budget.Spend();
            if (term is Sum s)
            {
                foreach (var t in s.Terms) Add(t);
                return;
            }
            var (c, monomial) = Split(term, rw);
            if (coefficients.TryGetValue(monomial, out var existing))
                coefficients[monomial] = Numbers.Add(existing, c);
            else
            {
                keys.Add(monomial);
                coefficients.Add(monomial, c);
            }
        }
    }

    /// <summary>A term as numeric coefficient × the rest; a number's rest is the key <see cref="Rational.One"/>.</summary>
    public static (Expr Coefficient, Expr Monomial) Split(Expr term, Rewriter rw)
    {
        if (Numbers.IsNumber(term)) return (term, Rational.One);
        if (term is Product p && Numbers.IsNumber(p.Factors[0]))
        {
            var rest = p.Factors.Count == 2 ? p.Factors[1] : rw.Interner.Intern(Expr.Multiply(p.Factors.Skip(1)));
            return (p.Factors[0], rest);
        }
        return (Rational.One, term);
    }

    /// <summary>coefficient × monomial, the coefficient first.</summary>
    public static Expr Scale(Expr coefficient, Expr monomial, Rewriter rw)
    {
        if (Numbers.IsOne(coefficient)) return monomial;
        var factors = monomial is Product p ? p.Factors : [monomial];
        return rw.Interner.Intern(Expr.Multiply([coefficient, .. factors]));
    }
}
