using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Arithmetic on numeric leaves: exact on rationals, double as soon as a decimal takes part
/// (decimals are never turned back into rationals). A fold that a double cannot hold (an overflow to
/// infinity, NaN, or an underflow of non-zero numbers to zero) is not done: the numbers stay as
/// they are, so the simplifier never prints <c>inf</c> or <c>nan</c> and the order of the factors
/// never changes a result.
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

    /// <summary>The double of a number when it has one: null for an exact number beyond the range of doubles (or too small for one).</summary>
    public static double? AsDouble(Expr e)
    {
        var value = ToDouble(e);
        return double.IsFinite(value) && (value != 0 || IsZero(e)) ? value : null;
    }

    /// <summary><paramref name="a"/> + <paramref name="b"/> as one number, when a double (or an exact number) can hold it.</summary>
    public static bool TryAdd(Expr a, Expr b, out Expr sum)
    {
        switch (a, b)
        {
            case (Rational { IsZero: true }, _):
                sum = b;
                return true;
            case (_, Rational { IsZero: true }):
                sum = a;
                return true;
            case (Rational x, Rational y):
                sum = x + y;
                return true;
        }
        var value = Exactly(a, b, (x, y) => x + y, (x, y) => x + y);
        sum = value is { } v ? Real.Of(v) : a;
        return value is not null;
    }

    /// <summary><paramref name="a"/> · <paramref name="b"/> as one number, when a double (or an exact number) can hold it.</summary>
    public static bool TryMultiply(Expr a, Expr b, out Expr product)
    {
        switch (a, b)
        {
            case (Rational { IsOne: true }, _):
                product = b;
                return true;
            case (_, Rational { IsOne: true }):
                product = a;
                return true;
            case (Rational x, Rational y):
                product = x * y;
                return true;
        }
        var value = Exactly(a, b, (x, y) => x * y, (x, y) => x * y);
        var underflow = value == 0 && !IsZero(a) && !IsZero(b);
        product = value is { } v && !underflow ? Real.Of(v) : a;
        return value is not null && !underflow;
    }

    /// <summary>
    /// A decimal operation: in doubles when both operands are doubles, otherwise exactly (a double is an
    /// exact binary fraction) and rounded once. Null when the result is not a finite double.
    /// </summary>
    private static double? Exactly(Expr a, Expr b, Func<double, double, double> inDoubles, Func<Rational, Rational, Rational> exact)
    {
        var (x, y) = (AsDouble(a), AsDouble(b));
        var value = x is { } dx && y is { } dy ? inDoubles(dx, dy) : exact(ExactValue(a), ExactValue(b)).ToDouble();
        return double.IsFinite(value) ? value : null;
    }

    /// <summary>The exact value of a number: a double is m·2^e.</summary>
    private static Rational ExactValue(Expr e)
    {
        if (e is Rational r) return r;
        var value = ((Real)e).Value;
        if (value == 0) return Rational.Zero;
        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++;
        else mantissa |= 1L << 52;
        exponent -= 1075;
        var m = new BigInteger(value < 0 ? -mantissa : mantissa);
        return exponent >= 0 ? Rational.Of(m << exponent) : Rational.Of(m, BigInteger.One << -exponent);
    }

    /// <summary><paramref name="b"/>^<paramref name="y"/> when it is a number that can be written exactly or as a decimal; otherwise null.</summary>
    public static Expr? Pow(Expr b, Expr y)
    {
        if (b is Rational rb && y is Rational ry)
            return ry.IsInteger ? ExactPower(rb, ry.Numerator) : RationalPower(rb, ry);
        if (AsDouble(b) is not { } db || AsDouble(y) is not { } dy) return null;
        var value = Math.Pow(db, dy);
        return double.IsFinite(value) ? Real.Of(value) : null;
    }

    /// <summary>b^(p/q) when it is rational: 0^(p/q) = 0 for p/q &gt; 0, 4^(1/2) = 2, 8^(-2/3) = 1/4; a negative base is left alone.</summary>
    private static Rational? RationalPower(Rational b, Rational y)
    {
        if (b.IsZero) return y.IsNegative ? null : Rational.Zero;
        if (b.IsNegative || y.Denominator > 64) return null;
        return ExactRoot(b, (int)y.Denominator) is { } root ? ExactPower(root, y.Numerator) : null;
    }

    /// <summary>The k-th root of <paramref name="r"/> when it is rational (a negative number only for an odd k).</summary>
    public static Rational? ExactRoot(Rational r, int k)
    {
        if (r.IsNegative && k % 2 == 0) return null;
        var n = IntegerRoot(BigInteger.Abs(r.Numerator), k);
        var d = IntegerRoot(r.Denominator, k);
        if (n is null || d is null) return null;
        return Rational.Of(r.IsNegative ? -n.Value : n.Value, d.Value);
    }

    private static BigInteger? IntegerRoot(BigInteger n, int k)
    {
        if (n.GetBitLength() > 1000) return null;
        var guess = new BigInteger(Math.Round(Math.Pow((double)n, 1.0 / k)));
        for (var candidate = guess - 1; candidate <= guess + 1; candidate++)
            if (candidate.Sign >= 0 && BigInteger.Pow(candidate, k) == n) return candidate;
        return null;
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
