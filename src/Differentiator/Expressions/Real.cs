using System.Globalization;
using Differentiator.Syntax;

namespace Differentiator.Expressions;

/// <summary>
/// A decimal literal such as <c>3.0</c>, <c>.5</c> or <c>2.5e-3</c>, held as a double. Decimals are
/// never folded into exact rationals: <c>3</c> and <c>3.0</c> stay different (the lecture's
/// Problem 5 depends on it).
/// </summary>
public sealed class Real : Expr
{
    private Real(double value) : base(1) => Value = value;

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];

    /// <summary>A decimal node.</summary>
    public static Real Of(double value) => new(value);

    /// <summary>
    /// The shortest text that reads back as the same double and still reads as a decimal:
    /// <c>3.0</c>, <c>0.1</c>, <c>1e+300</c>. Infinities and NaN, which no formula text means,
    /// are written <c>inf</c>, <c>-inf</c> and <c>nan</c> (the printers refuse them).
    /// </summary>
    public string ToInvariantString() => Format(Value);

    internal static string Format(double value)
    {
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        if (double.IsNaN(value)) return "nan";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        // .NET's shortest form misses by one unit in the last place at a few powers of two (2^-25 is
        // not 2.980232238769531e-08); seventeen significant digits always read back exactly.
        if (BitConverter.DoubleToInt64Bits(DecimalLiteral.Parse(text)) != BitConverter.DoubleToInt64Bits(value))
            text = value.ToString("G17", CultureInfo.InvariantCulture);
        if (text.Contains('E'))
            text = text.Replace("E", "e", StringComparison.Ordinal);
        else if (!text.Contains('.'))
            text += ".0";
        return text;
    }

    private protected override bool EqualsSameKind(Expr other) =>
        other is Real r && BitConverter.DoubleToInt64Bits(Value) == BitConverter.DoubleToInt64Bits(r.Value);

    private protected override int ComputeHash() => HashCode.Combine(2, Value);
}
