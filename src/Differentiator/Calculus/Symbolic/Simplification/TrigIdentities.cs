using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The opt-in <c>trig</c> pass, applied to the collected terms of a sum: c·M·sin(u)^2 + c·M·cos(u)^2 = c·M.
/// </summary>
internal static class TrigIdentities
{
    public static void Apply(OrderedGroups<Expr> terms, Rewriter rw)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var i = 0; i < terms.Count && !changed; i++) changed = TryPythagoras(i, terms, rw);
        }
    }

    private static bool TryPythagoras(int at, OrderedGroups<Expr> terms, Rewriter rw)
    {
        var key = terms.KeyAt(at);
        var factors = key is Product p ? p.Factors : [key];
        for (var i = 0; i < factors.Count; i++)
        {
            if (factors[i] is not Power { Base: Call { Function: var f } sin, Exponent: Rational r } || !ReferenceEquals(f, MathFunctions.Sin) || r != Rational.Two)
                continue;
            rw.Budget.Spend(terms.Count);
            var cos = Expr.Pow(Expr.Apply(MathFunctions.Cos, [.. sin.Arguments]), Rational.Two);
            var partnerShape = Sorted(factors.Select((x, j) => j == i ? cos : x));
            var partner = Enumerable.Range(0, terms.Count).FirstOrDefault(k => Sorted(Factors(terms.KeyAt(k))) == partnerShape, -1);
            if (partner < 0 || terms.ValueAt(partner) != terms.ValueAt(at)) continue;
            var c = terms.ValueAt(at);
            var rest = factors.Count == 1 ? Rational.One : rw.Interner.Intern(Expr.Multiply(factors.Where((_, j) => j != i)));
            var existing = terms.IndexOf(rest);
            var value = existing >= 0 ? TermCollector.AddCoefficient(terms.ValueAt(existing), c) : c;
            var remove = existing >= 0 ? new[] { at, partner, existing } : [at, partner];
            terms.Replace(remove, Math.Min(at, partner), rest, value);
            return true;
        }
        return false;
    }

    private static IReadOnlyList<Expr> Factors(Expr e) => e is Product p ? p.Factors : [e];

    private static Expr Sorted(IEnumerable<Expr> factors) => Expr.Multiply(factors.OrderBy(x => x, CanonicalOrder.Instance));
}
