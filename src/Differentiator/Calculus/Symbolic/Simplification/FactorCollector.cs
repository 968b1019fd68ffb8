using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Products: flattens, folds the numbers into one leading coefficient, collects like factors by
/// adding exponents (<c>x·x^2 = x^3</c>, <c>x·x^(-1) = 1</c>, <c>e^x·e^x = e^(2x)</c>), orders the
/// factors by <see cref="FactorOrder"/>, and distributes a lone number over a sum (<c>2(x + 1) = 2x + 2</c>).
/// </summary>
internal static class FactorCollector
{
    private const int MaxRounds = 3;

    public static Expr Collect(IReadOnlyList<Expr> simplifiedFactors, Rewriter rw) => Collect(simplifiedFactors, rw, 0);

    private static Expr Collect(IReadOnlyList<Expr> simplifiedFactors, Rewriter rw, int round)
    {
        Expr coefficient = Rational.One;
        var bases = new List<Expr>();
        var exponents = new Dictionary<Expr, List<Expr>>();
        foreach (var factor in simplifiedFactors) Add(factor);
        if (Numbers.IsZero(coefficient)) return coefficient;

        var rest = new List<Expr>(bases.Count);
        var again = false;
        foreach (var @base in bases)
        {
            var parts = exponents[@base];
            var exponent = parts.Count == 1 ? parts[0] : TermCollector.Collect(parts, rw);
            var piece = PowerRules.Make(@base, exponent, rw);
            if (Numbers.IsNumber(piece)) coefficient = Numbers.Multiply(coefficient, piece);
            else
            {
                again |= piece is Product;
                rest.Add(piece);
            }
        }
        if (again && round < MaxRounds) return Collect([coefficient, .. rest], rw, round + 1);
        if (Numbers.IsZero(coefficient)) return coefficient;

        var ordered = rw.Order(rest, FactorOrder.Sort).ToList();
        if (ordered.Count == 1 && ordered[0] is Sum sum && !Numbers.IsOne(coefficient))
            return Distribute(coefficient, sum, rw);
        return rw.Interner.Intern(Expr.Multiply([coefficient, .. ordered]));

        void Add(Expr factor)
        {
            rw.Budget.Spend();
            switch (factor)
            {
                case Product p:
                    foreach (var f in p.Factors) Add(f);
                    break;
                case Rational or Real:
                    coefficient = Numbers.Multiply(coefficient, factor);
                    break;
                case Power p:
                    AddPower(p.Base, p.Exponent);
                    break;
                default:
                    AddPower(factor, Rational.One);
                    break;
            }
        }

        void AddPower(Expr @base, Expr exponent)
        {
            if (exponents.TryGetValue(@base, out var list)) list.Add(exponent);
            else
            {
                bases.Add(@base);
                exponents.Add(@base, [exponent]);
            }
        }
    }

    /// <summary>c·(a + b) = ca + cb.</summary>
    private static Expr Distribute(Expr coefficient, Sum sum, Rewriter rw) =>
        TermCollector.Collect(sum.Terms.Select(t => Collect([coefficient, t], rw)).ToList(), rw);
}
