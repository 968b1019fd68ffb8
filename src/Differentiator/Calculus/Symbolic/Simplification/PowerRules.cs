using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Powers: <c>u^0 = 1</c>, <c>u^1 = u</c>, <c>1^u = 1</c>, exact numeric powers, <c>(u^a)^n = u^(an)</c>
/// for an integer n, <c>(e^u)^v = e^(uv)</c>, <c>sqrt(u)^2 = u</c>, and <c>(ab)^n = a^n b^n</c> for an integer n.
/// </summary>
internal static class PowerRules
{
    public static Expr Make(Expr @base, Expr exponent, Rewriter rw, Power? original = null)
    {
        StackGuard.Ensure();
        rw.Budget.Spend();
        if (Numbers.IsZero(exponent)) return Rational.One;
        if (Numbers.IsOne(exponent)) return @base;
        if (Numbers.IsOne(@base)) return Rational.One;
        if (Numbers.IsNumber(@base) && Numbers.IsNumber(exponent) && Numbers.Pow(@base, exponent) is { } folded)
            return folded;
        var integer = exponent is Rational { IsInteger: true } n ? n : null;
        switch (@base)
        {
            case Constant c when ReferenceEquals(c, Constant.E):
                return FunctionIdentities.Apply(MathFunctions.Exp, [exponent], rw);
            case Call { Function: var f } call when ReferenceEquals(f, MathFunctions.Exp):
                return FunctionIdentities.Apply(MathFunctions.Exp, [FactorCollector.Collect([call.Arguments[0], exponent], rw)], rw);
            case Power inner when integer is not null:
                return Make(inner.Base, FactorCollector.Collect([inner.Exponent, integer], rw), rw);
            case Call call when integer is not null && FunctionIdentities.RootIndex(call.Function) is int k
                                && (integer.Numerator % k).IsZero:
                rw.Note($"{call}^{k} = {call.Arguments[0]} where {call} is defined");
                return Make(call.Arguments[0], Rational.Of(integer.Numerator / k), rw);
            case Product p when integer is not null:
                return FactorCollector.Collect(p.Factors.Select(f => Make(f, integer, rw)).ToList(), rw);
        }
        if (original is not null && ReferenceEquals(original.Base, @base) && ReferenceEquals(original.Exponent, exponent))
            return rw.Interner.Intern(original);
        return rw.Interner.Intern(Expr.Pow(@base, exponent));
    }
}
