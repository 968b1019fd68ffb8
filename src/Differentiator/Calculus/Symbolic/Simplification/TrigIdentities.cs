using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The opt-in <c>trig</c> pass, applied to the collected terms of a sum: c·M·sin(u)^2 + c·M·cos(u)^2 = c·M.
/// </summary>
internal static class TrigIdentities
{
    public static void Apply(List<Expr> keys, Dictionary<Expr, Expr> coefficients, Rewriter rw)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var key in keys)
            {
                if (TryPythagoras(key, keys, coefficients, rw))
                {
                    changed = true;
                    break;
                }
            }
        }
    }

    private static bool TryPythagoras(Expr key, List<Expr> keys, Dictionary<Expr, Expr> coefficients, Rewriter rw)
    {
        var factors = key is Product p ? p.Factors : [key];
        for (var i = 0; i < factors.Count; i++)
        {
            if (factors[i] is not Power { Base: Call { Function: var f } sin, Exponent: Rational r } || !ReferenceEquals(f, MathFunctions.Sin) || r != Rational.Two)
                continue;
            rw.Budget.Spend(keys.Count);
            var cos = Expr.Pow(Expr.Apply(MathFunctions.Cos, [.. sin.Arguments]), Rational.Two);
            var partnerShape = Sorted(factors.Select((x, j) => j == i ? cos : x));
            var partner = keys.FirstOrDefault(k => Sorted(k is Product kp ? kp.Factors : [k]) == partnerShape);
            if (partner is null || coefficients[partner] != coefficients[key]) continue;
            var c = coefficients[key];
            var position = Math.Min(keys.IndexOf(key), keys.IndexOf(partner));
            keys.Remove(partner);
            coefficients.Remove(partner);
            keys.Remove(key);
            coefficients.Remove(key);
            var rest = factors.Count == 1 ? Rational.One : rw.Interner.Intern(Expr.Multiply(factors.Where((_, j) => j != i)));
            if (coefficients.TryGetValue(rest, out var existing)) coefficients[rest] = Numbers.Add(existing, c);
            else
            {
                keys.Insert(position, rest);
                coefficients.Add(rest, c);
            }
            return true;
        }
        return false;
    }

    private static Expr Sorted(IEnumerable<Expr> factors) => Expr.Multiply(factors.OrderBy(x => x, CanonicalOrder.Instance));
}
