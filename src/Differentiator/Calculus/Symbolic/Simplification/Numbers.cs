using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Arithmetic on numeric leaves: exact on rationals, double as soon as a decimal takes part
/// (decimals are never turned back into rationals).
/// </summary>
internal static class Numbers
{
    /// <summary>The largest result, in bits, an exact power may have before it is left unevaluated.</summary>
    public const int MaxExactPowerBits = 4096;

    public static bool IsNumber(Expr e) => e is Rational or Real;

    public static bool IsZero(Expr e) => e is Rational { IsZero: true } || e is Real { Value: 0 };

    public static bool IsOne(Expr e) => e is Rational { IsOne: true };

    public static double ToDouble(Expr e) => e switch
    {
        Rational r => r.ToDouble(),
        Real d => d.Value,
        _ => throw new ArgumentException("Not a number.", nameof(e)),
    };

    public static Expr Add(Expr a, Expr b) => (a, b) switch
    {
        (Rational { IsZero: true }, _) => b,
        (_, Rational { IsZero: true }) => a,
        (Rational x, Rational y) => x + y,
        _ => Real.Of(ToDouble(a) + ToDouble(b)),
    };

    public static Expr Multiply(Expr a, Expr b) => (a, b) switch
    {
        (Rational { IsOne: true }, _) => b,
        (_, Rational { IsOne: true }) => a,
        (Rational x, Rational y) => x * y,
        _ => Real.Of(ToDouble(a) * ToDouble(b)),
    };

    /// <summary><paramref name="b"/>^<paramref name="y"/> when it is a number that can be written exactly or as a decimal; otherwise null.</summary>
    public static Expr? Pow(Expr b, Expr y)
    {
        if (b is Rational rb && y is Rational ry)
            return ry.IsInteger ? ExactPower(rb, ry.Numerator) : null;
        var value = Math.Pow(ToDouble(b), ToDouble(y));
        return double.IsFinite(value) ? Real.Of(value) : null;
    }

    private static Rational? ExactPower(Rational b, BigInteger n)
    {
        if (b.IsZero) return n.Sign > 0 ? Rational.Zero : n.IsZero ? Rational.One : null;
        if (b.IsOne || n.IsZero) return Rational.One;
        if (b == Rational.MinusOne) return n.IsEven ? Rational.One : Rational.MinusOne;
        var bits = (long)Math.Max(BigInteger.Abs(b.Numerator).GetBitLength(), b.Denominator.GetBitLength());
        if (BigInteger.Abs(n) * bits > MaxExactPowerBits) return null;
        var e = (int)BigInteger.Abs(n);
        var result = Rational.Of(BigInteger.Pow(b.Numerator, e), BigInteger.Pow(b.Denominator, e));
        return n.Sign < 0 ? result.Reciprocal() : result;
    }
}
