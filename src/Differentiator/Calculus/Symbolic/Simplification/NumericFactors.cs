using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The numeric factors of a product, folded into as few numbers as a double allows: the exact ones
/// into one rational, the decimals in order into one double, and the two together when the result
/// is a finite double. A fold that would overflow (<c>2·1e308</c>) or underflow is not done; those
/// numbers stay factors, and the product's sign goes on the first of them whichever factor carried
/// it. A zero among them makes the whole product zero whatever the order.
/// A mutable value: it lives in the collecting method's frame.
/// </summary>
internal struct NumericFactors
{
    private Rational? _exact;
    private Real? _decimal;
    private List<Real>? _unfolded;
    private bool _zero;
    private bool _decimalZero;
    private bool _negativeDecimal;

    public void Multiply(Expr number)
    {
        switch (number)
        {
            case Rational r:
                _zero |= r.IsZero;
                _exact = _exact is null ? r : _exact * r;
                break;
            case Real d:
                _decimalZero |= d.Value == 0;
                _negativeDecimal ^= double.IsNegative(d.Value);
                if (_decimal is null) _decimal = d;
                else if (Numbers.TryMultiply(_decimal, d, out var folded)) _decimal = (Real)folded;
                else
                {
                    // Kept apart: the folded decimals so far, then this one starts again.
                    (_unfolded ??= []).Add(_decimal);
                    _decimal = d;
                }
                break;
        }
    }

    /// <summary>Whether the product is zero: exact 0 when only exact numbers took part, 0.0 otherwise.</summary>
    public readonly bool IsZero => _zero || _decimalZero;

    /// <summary>The zero the product is (call only when <see cref="IsZero"/>).</summary>
    public readonly Expr Zero => _decimal is null ? Rational.Zero : Real.Of(_negativeDecimal ^ (_exact?.IsNegative ?? false) ? -0.0 : 0.0);

    /// <summary>The folded numbers, exact one first, put at the front of <paramref name="factors"/>; how many (none for a product of ones).</summary>
    public readonly int InsertInto(NodeList factors)
    {
        if (IsZero)
        {
            factors.Insert(0, Zero);
            return 1;
        }
        var exact = _exact ?? Rational.One;
        if (_decimal is null)
        {
            if (exact.IsOne) return 0;
            factors.Insert(0, exact);
            return 1;
        }
        // The sign is the product's, not its factors': the numbers are folded by magnitude (negation is exact and
        // never decides an overflow or underflow) and the sign goes on the first number, so −2·1e308, 2·(−1e308) and
        // −(2·1e308) are one tree, −2·1e308, as the factories build it from any of these texts.
        var negative = exact.IsNegative ^ _negativeDecimal;
        var decimals = new List<Real>(_unfolded?.Count + 1 ?? 1);
        if (_unfolded is not null) foreach (var d in _unfolded) decimals.Add(Magnitude(d));
        decimals.Add(Magnitude(_decimal));
        var count = 0;
        if (Numbers.TryMultiply(exact.Abs(), decimals[0], out var first))
        {
            if (negative) first = Real.Of(-((Real)first).Value);
            if (decimals.Count > 1 || first is not Real { Value: 1.0 }) factors.Insert(count++, first); // 1.0·u = u exactly
        }
        else
        {
            factors.Insert(count++, negative ? -exact.Abs() : exact.Abs());
            factors.Insert(count++, decimals[0]);
        }
        for (var i = 1; i < decimals.Count; i++) factors.Insert(count++, decimals[i]);
        return count;
    }

    private static Real Magnitude(Real d) => double.IsNegative(d.Value) ? Real.Of(-d.Value) : d;
}
