using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Powers: <c>u^0 = 1</c>, <c>u^1 = u^1.0 = u</c>, <c>1^u = 1</c>, <c>0^v = 0</c> for a v known to be
/// positive, exact numeric powers and roots (<c>8^(1/3) = 2</c>), <c>u^(1/2) = sqrt(u)</c>,
/// <c>(u^a)^n = u^(an)</c> for an integer n, <c>(e^u)^v = e^(uv)</c>, <c>sqrt(u)^2 = u</c>, and
/// <c>(ab)^n = a^n b^n</c> for an integer n when the numbers stay within doubles (<c>(5x)^453</c> stays,
/// where 5^453 would overflow any evaluation).
/// </summary>
internal static class PowerRules
{
    public static Expr Make(Expr @base, Expr exponent, Rewriter rw, Power? original = null)
    {
        StackGuard.Ensure();
        rw.Budget.Spend();
        if (Numbers.IsZero(exponent)) return Rational.One;
        if (Numbers.IsOne(exponent) || exponent is Real { Value: 1.0 }) return @base; // pow(u, 1.0) is u exactly
        if (Numbers.IsOne(@base)) return Rational.One;
        if (Numbers.IsNumber(@base) && Numbers.IsNumber(exponent) && Numbers.Pow(@base, exponent) is { } folded)
            return folded;
        if (@base is Rational { IsZero: true } && Signs.IsPositive(exponent)) return Rational.Zero;
        var integer = exponent is Rational { IsInteger: true } n ? n : null;
        switch (@base)
        {
            case Constant c when ReferenceEquals(c, Constant.E):
                return FunctionIdentities.Apply(MathFunctions.Exp, [exponent], rw);
            case Call { Function: var f } call when ReferenceEquals(f, MathFunctions.Exp):
                return FunctionIdentities.Apply(MathFunctions.Exp, [FactorCollector.Collect([call.Arguments[0], exponent], rw)], rw);
            case Power inner when integer is not null:
                return Make(inner.Base, FactorCollector.Collect([inner.Exponent, integer], rw), rw);
            case Call { Function: var abs, Arguments: [var u] } when ReferenceEquals(abs, MathFunctions.Abs) && integer is not null && integer.Numerator.IsEven:
                return Make(u, integer, rw); // |u|^2 = u^2 for every real u
            case Call call when integer is not null && FunctionIdentities.RootIndex(call.Function) is int k
                                && (integer.Numerator % k).IsZero:
                rw.Note($"{Rewriter.Shown(call)}^{k} = {Rewriter.Shown(call.Arguments[0])} where {Rewriter.Shown(call)} is defined");
                return Make(call.Arguments[0], Rational.Of(integer.Numerator / k), rw);
            case Product p when integer is not null && NumbersStayDoubles(p, integer):
                return EachFactor(p, integer, rw);
        }
        if (exponent is Rational { Denominator.IsOne: false } half && half.Denominator == 2 && BigIntegerIsUnit(half.Numerator))
        {
            // u^(1/2) = sqrt(u) and u^(-1/2) = 1/sqrt(u): the same function, the textbook's spelling.
            var root = FunctionIdentities.Apply(MathFunctions.Sqrt, [@base], rw);
            return half.IsNegative ? Make(root, Rational.MinusOne, rw) : root;
        }
        if (original is not null && ReferenceEquals(original.Base, @base) && ReferenceEquals(original.Exponent, exponent))
            return rw.Interner.Intern(original);
        return rw.Interner.Intern(Expr.Pow(@base, exponent));
    }

    /// <summary>(ab)^n = a^n b^n.</summary>
    private static Expr EachFactor(Product p, Rational n, Rewriter rw)
    {
        var powers = new Expr[p.Items.Length];
        for (var i = 0; i < powers.Length; i++) powers[i] = Make(p.Items[i], n, rw);
        return FactorCollector.Collect(powers, rw);
    }

    private static bool BigIntegerIsUnit(System.Numerics.BigInteger n) => n.IsOne || n == System.Numerics.BigInteger.MinusOne;

    /// <summary>Whether every number of the product, raised to <paramref name="n"/>, is still a double (neither infinite nor zero).</summary>
    private static bool NumbersStayDoubles(Product p, Rational n)
    {
        foreach (var f in p.Factors)
            if (Numbers.IsNumber(f) && (Numbers.Pow(f, n) is not { } power || Numbers.AsDouble(power) is null))
                return false;
        return true;
    }
}
