using System.Globalization;
using System.Numerics;

namespace Differentiator.Expressions;

/// <summary>
/// An exact number: an integer or a fraction in lowest terms with a positive denominator.
/// Integer literals such as <c>3</c> and quotients of them such as <c>1/3</c> are rationals;
/// arithmetic on them is exact.
/// </summary>
public sealed class Rational : Expr
{
    // Declared first: the named constants below are taken from it.
    private static readonly Rational[] Small = [.. Enumerable.Range(-SmallBias, 2 * SmallBias + 1).Select(i => new Rational(i, BigInteger.One))];
    private const int SmallBias = 256;

    /// <summary>Zero.</summary>
    public static readonly Rational Zero = Of(0L);
    /// <summary>One.</summary>
    public static readonly Rational One = Of(1L);
    /// <summary>Minus one.</summary>
    public static readonly Rational MinusOne = Of(-1L);
    /// <summary>Two.</summary>
    public static readonly Rational Two = Of(2L);
    /// <summary>One half.</summary>
    public static readonly Rational Half = new(BigInteger.One, 2);

    private Rational(BigInteger numerator, BigInteger denominator) : base(NoChildren)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator; carries the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator; always positive.</summary>
    public BigInteger Denominator { get; }

    /// <summary>Whether the denominator is one.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>Whether the number is zero.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>Whether the number is one.</summary>
    public bool IsOne => Numerator.IsOne && Denominator.IsOne;

    /// <summary>Whether the number is below zero.</summary>
    public bool IsNegative => Numerator.Sign < 0;

    /// <summary>An integer (small ones are shared).</summary>
    public static Rational Of(BigInteger value) =>
        value >= -SmallBias && value <= SmallBias ? Small[(int)value + SmallBias] : new(value, BigInteger.One);

    /// <summary>An integer (small ones are shared).</summary>
    public static Rational Of(long value) =>
        value is >= -SmallBias and <= SmallBias ? Small[(int)value + SmallBias] : new(value, BigInteger.One);

    /// <summary>The fraction <paramref name="numerator"/>/<paramref name="denominator"/> in lowest terms.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        return denominator.IsOne ? Of(numerator) : new(numerator, denominator);
    }

    /// <summary>The sum.</summary>
    public static Rational operator +(Rational a, Rational b) =>
        a.IsInteger && b.IsInteger ? Of(a.Numerator + b.Numerator)
        : Of(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>The difference.</summary>
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    /// <summary>The negation.</summary>
    public static Rational operator -(Rational a) => a.IsZero ? Zero : new(-a.Numerator, a.Denominator);

    /// <summary>The product.</summary>
    public static Rational operator *(Rational a, Rational b) =>
        a.IsOne ? b : b.IsOne ? a // collecting a product starts from one
        : a.IsInteger && b.IsInteger ? Of(a.Numerator * b.Numerator)
        : Of(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>The quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    public static Rational operator /(Rational a, Rational b) => Of(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The reciprocal.</summary>
    /// <exception cref="DivideByZeroException">The number is zero.</exception>
    public Rational Reciprocal() => Of(Denominator, Numerator);

    /// <summary>The absolute value.</summary>
    public Rational Abs() => IsNegative ? -this : this;

    /// <summary>Compares two rationals by value.</summary>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>
    /// The nearest double, correctly rounded (ties to even): infinite when the number is beyond the
    /// range of doubles, zero when it is too small for one.
    /// </summary>
    public double ToDouble()
    {
        if (IsInteger)
            return Numerator >= -MaxExactInteger && Numerator <= MaxExactInteger ? (double)(long)Numerator : Scaled(Numerator, false, 0);
        if (Numerator >= -MaxExactInteger && Numerator <= MaxExactInteger && Denominator <= MaxExactInteger)
            return (double)(long)Numerator / (long)Denominator; // both exact: one correctly rounded division
        // At least 65 significant bits of the quotient, and whether anything was left over, round correctly.
        var shift = 65 - (long)BigInteger.Abs(Numerator).GetBitLength() + (long)Denominator.GetBitLength();
        var scaled = shift >= 0 ? BigInteger.Abs(Numerator) << (int)shift : BigInteger.Abs(Numerator) >> (int)-shift;
        var quotient = BigInteger.DivRem(scaled, Denominator, out var remainder);
        return Scaled(IsNegative ? -quotient : quotient, !remainder.IsZero, -shift);
    }

    private static readonly BigInteger MaxExactInteger = BigInteger.One << 53;

    /// <summary>value·2^scale rounded once to a double; <paramref name="inexact"/> says that value was already rounded down.</summary>
    private static double Scaled(BigInteger value, bool inexact, long scale)
    {
        var magnitude = BigInteger.Abs(value);
        var bits = (long)magnitude.GetBitLength();
        if (bits > 64)
        {
            var drop = bits - 64;
            inexact |= BigInteger.TrailingZeroCount(magnitude) < drop;
            magnitude >>= (int)drop;
            scale += drop;
        }
        var top = (ulong)magnitude;
        if (inexact) top |= 1; // a sticky bit below the 53 kept: rounds like the exact value
        var result = Math.ScaleB((double)top, (int)Math.Clamp(scale, -4000, 4000));
        return value.Sign < 0 ? -result : result;
    }

    /// <summary>The invariant text, <c>3</c> or <c>-1/3</c>.</summary>
    public string ToInvariantString() =>
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
        : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    private protected override bool EqualsSameKind(Expr other) =>
        other is Rational r && Numerator == r.Numerator && Denominator == r.Denominator;

    private protected override int ComputeHash() => HashCode.Combine(1, Numerator, Denominator);
}
