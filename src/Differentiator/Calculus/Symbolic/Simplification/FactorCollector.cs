using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Products: flattens, folds the numbers into one leading coefficient (<see cref="NumericFactors"/>),
/// collects like factors by adding exponents (<c>x·x^2 = x^3</c>, <c>x·x^(-1) = 1</c>,
/// <c>e^(2x)·e^(-x) = e^x</c>, <c>e·e^(-1) = 1</c>), orders the factors by <see cref="FactorOrder"/>, distributes a lone
/// number over a sum (<c>2(x + 1) = 2x + 2</c>) and takes a minus sign into a sum of negative terms.
/// </summary>
internal static class FactorCollector
{
    private const int MaxRounds = 3;

    public static Expr Collect(ReadOnlySpan<Expr> simplifiedFactors, Rewriter rw, Product? original = null) =>
        Collect(simplifiedFactors, rw, 0, original);

    private static Expr Collect(ReadOnlySpan<Expr> simplifiedFactors, Rewriter rw, int round, Product? original = null)
    {
        StackGuard.Ensure();
        if (simplifiedFactors.Length == 2 && Scaled(simplifiedFactors[0], simplifiedFactors[1], rw, original) is { } scaled)
            return scaled;
        if (round == 0 && ProductMerge.TryMerge(simplifiedFactors, rw) is { } merged) return merged;
        var numbers = new NumericFactors();
        // Each base with its exponent so far (see LikeFactor).
        var groups = rw.Scratch.FactorGroups(simplifiedFactors.Length);
        foreach (var factor in simplifiedFactors) Add(factor);
        if (numbers.IsZero)
        {
            rw.Scratch.Return(groups);
            return numbers.Zero;
        }

        var rest = rw.Scratch.List();
        var again = false;
        for (var i = 0; i < groups.Count; i++)
        {
            var (exponent, pending, single) = groups.ValueAt(i);
            if (pending) exponent = TermCollector.Collect(((Sum)exponent).Items, rw);
            var piece = single ?? PowerRules.Make(groups.KeyAt(i), exponent, rw);
            if (Numbers.IsNumber(piece)) numbers.Multiply(piece);
            else
            {
                again |= piece is Product;
                rest.Add(piece);
            }
        }
        rw.Scratch.Return(groups);
        var result = numbers.IsZero ? numbers.Zero : Finish(numbers, rest, again, rw, round, original);
        rw.Scratch.Return(rest);
        return result;

        void Add(Expr factor)
        {
            rw.Budget.Spend();
            switch (factor)
            {
                case Product p:
                    foreach (var f in p.Items) Add(f);
                    break;
                case Rational or Real:
                    numbers.Multiply(factor);
                    break;
                case Call { Function: var f } exp when ReferenceEquals(f, MathFunctions.Exp):
                    // e^(aM)·e^(bM) = e^((a + b)M): the exponent's number part is the power of e^M.
                    // A number's e^c is a power of the constant e itself, so e·e^(-1) = 1.
                    var (c, monomial) = TermCollector.Split(exp.Arguments[0], rw);
                    var eToTheMonomial = Numbers.IsOne(monomial) ? (Expr)Constant.E
                        : ReferenceEquals(monomial, exp.Arguments[0]) ? exp : rw.Interner.Intern(Expr.Apply(MathFunctions.Exp, monomial));
                    AddPower(eToTheMonomial, c, exp);
                    break;
                case Power p:
                    AddPower(p.Base, p.Exponent, p);
                    break;
                default:
                    AddPower(factor, Rational.One, factor);
                    break;
            }
        }

        void AddPower(Expr @base, Expr exponent, Expr factor)
        {
            // Sums and products are interned whatever the order of their parts, so a like base is the same object.
            var at = groups.IndexOf(@base);
            if (at < 0)
            {
                groups.Add(@base, new LikeFactor(exponent, false, factor));
                return;
            }
            var sofar = groups.ValueAt(at).Exponent;
            groups.SetValueAt(at, Numbers.IsNumber(sofar) && Numbers.IsNumber(exponent) && Numbers.TryAdd(sofar, exponent, out var total)
                ? new LikeFactor(total, false, null)
                : new LikeFactor(Expr.Add(sofar, exponent), true, null));
        }
    }

    /// <summary>The factors collected: numbers first, ordered, distributed over a lone sum, built in the factories' shape.</summary>
    private static Expr Finish(NumericFactors numbers, NodeList rest, bool again, Rewriter rw, int round, Product? original)
    {
        var count = numbers.InsertInto(rest);
        if (again && round < MaxRounds) return Collect(rest.ToArray(), rw, round + 1);
        if (count == 1 && rest[0] is Rational { IsNegative: true } negative && NegatedSum(rest, 1, rw)) rest[0] = -negative;
        if (rw.Options.Canonical) rest.AsSpan()[count..].Sort(CanonicalOrder.Instance); // the introsort of List.Sort
        else FactorOrder.Sort(rest.AsSpan(), count);
        if (rest.Count == 2 && count == 1 && rest[1] is Sum sum) return Distribute(rest[0], sum, rw);
        if (rest.Count == 0) return Rational.One;
        if (count == 1 && rest[0] is Rational { IsOne: true }) rest.RemoveAt(0);
        if (rest.Count == 1) return rest[0];
        Expr.MoveDenominatorsLast(rest.AsSpan(), count);
        if (!Expr.IsMultiplyShape(rest.AsSpan())) return rw.Interner.Intern(Expr.Multiply(rest.ToArray()));
        // Already in the factories' shape (one leading coefficient, flat, denominators last): build it directly.
        return rw.TryReuse(original, rest.AsSpan(), out var same) ? same : rw.Interner.Intern(new Product(rest.ToArray()));
    }

    /// <summary>
    /// −(−a − b)·c = (a + b)·c: when a sum (not below the fraction bar) has only negative terms, the
    /// product's minus sign goes into it. True when it did.
    /// </summary>
    private static bool NegatedSum(NodeList factors, int from, Rewriter rw)
    {
        for (var i = from; i < factors.Count; i++)
        {
            if (factors[i] is not Sum sum || !AllNegative(sum.Items)) continue;
            factors[i] = Distribute(Rational.MinusOne, sum, rw);
            return true;
        }
        return false;
    }

    /// <summary>Whether every term is negative (a sum a minus sign can go into).</summary>
    internal static bool AllNegative(Expr[] terms)
    {
        foreach (var t in terms)
            if (!Quotients.IsNegative(t)) return false;
        return true;
    }

    /// <summary>
    /// The common case number × one other (simplified, non-product) factor, which needs no collecting:
    /// <c>0·u = 0</c>, <c>1·u = u</c>, <c>c·(a + b) = ca + cb</c>, otherwise <c>c·u</c>. Null when it does not apply.
    /// </summary>
    private static Expr? Scaled(Expr a, Expr b, Rewriter rw, Product? original)
    {
        var (number, other) = Numbers.IsNumber(a) ? (a, b) : (b, a);
        if (!Numbers.IsNumber(number) || Numbers.IsNumber(other) || other is Product) return null;
        rw.Budget.Spend(2);
        if (Numbers.IsZero(number)) return number;
        if (Numbers.IsOne(number) || number is Real { Value: 1.0 }) return other; // 1.0·u = u exactly, in doubles too
        if (other is Sum sum) return Distribute(number, sum, rw);
        Expr[] factors = [number, other];
        return rw.TryReuse(original, factors, out var same) ? same : rw.Interner.Intern(new Product(factors));
    }

    /// <summary>c·(a + b) = ca + cb.</summary>
    private static Expr Distribute(Expr coefficient, Sum sum, Rewriter rw)
    {
        var terms = new Expr[sum.Items.Length];
        for (var i = 0; i < terms.Length; i++) terms[i] = Collect([coefficient, sum.Items[i]], rw);
        return TermCollector.Collect(terms, rw);
    }
}
