namespace Differentiator.Expressions;

/// <summary>
/// The rule that decides which factors of a product are written below a fraction bar. The
/// factories keep such factors last, and every printer splits products by the same rule, so a
/// printed quotient parses back to the same tree.
/// </summary>
internal static class Quotients
{
    /// <summary>A power with a negative exponent, whose base is not an exact number (<c>2^(-3)</c> stays a power).</summary>
    public static bool IsDenominatorFactor(Expr factor) =>
        factor is Power { Base: not Rational } p && IsNegative(p.Exponent);

    /// <summary>A negative exact or decimal number, or a product led by one (<c>-2x</c>, <c>-3.25x</c>).</summary>
    public static bool IsNegative(Expr e) => e switch
    {
        Rational r => r.IsNegative,
        Real d => double.IsNegative(d.Value),
        Product p => IsNegative(p.Factors[0]),
        _ => false,
    };
}
