using System.Globalization;
using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Sequences;

/// <summary>
/// A value of a sequence: an exact fraction (BigInteger numerator and denominator) while only
/// exact operations produced it, a double once a decimal, a constant like π, or a function such
/// as sin took part. Decimals stay decimals; integers never round.
/// </summary>
public readonly record struct ExactNumber
{
    private readonly Rational? _exact;
    private readonly double _decimal;

    private ExactNumber(Rational? exact, double @decimal)
    {
        _exact = exact;
        _decimal = @decimal;
    }

    /// <summary>An exact value.</summary>
    public static ExactNumber Of(Rational value) => new(value ?? throw new ArgumentNullException(nameof(value)), 0);

    /// <summary>A decimal value.</summary>
    public static ExactNumber Of(double value) => new(null, value);

    /// <summary>Whether the value is exact.</summary>
    public bool IsExact => _exact is not null;

    /// <summary>The exact value, or null for a decimal.</summary>
    public Rational? Exact => _exact;

    /// <summary>The value as a double (rounded when exact).</summary>
    public double ToDouble() => _exact?.ToDouble() ?? _decimal;

    /// <summary>Whether the value is an exact integer, and which.</summary>
    public bool TryGetInteger(out BigInteger value)
    {
        value = _exact is { IsInteger: true } r ? r.Numerator : default;
        return _exact is { IsInteger: true };
    }

    /// <summary>Decimal digits of the numerator and denominator together (0 for a decimal).</summary>
    public long Digits => _exact is null ? 0 : DigitsOf(_exact.Numerator) + (_exact.IsInteger ? 0 : DigitsOf(_exact.Denominator));

    /// <summary><c>120</c>, <c>5/3</c>, or a decimal in round-trip form that keeps its point (<c>2.0</c>, <c>0.1</c>).</summary>
    public override string ToString()
    {
        if (_exact is { } r)
            return r.IsInteger
                ? r.Numerator.ToString(CultureInfo.InvariantCulture)
                : $"{r.Numerator.ToString(CultureInfo.InvariantCulture)}/{r.Denominator.ToString(CultureInfo.InvariantCulture)}";
        var text = _decimal.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(_decimal) && !text.Contains('.') && !text.Contains('E') ? text + ".0" : text;
    }

    private static long DigitsOf(BigInteger value) =>
        value.IsZero ? 1 : (long)Math.Floor(BigInteger.Log10(BigInteger.Abs(value))) + 1;
}
