using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The numeric factors of a product, folded into as few numbers as a double allows: the exact ones
/// into one rational, the decimals in order into one double, and the two together when the result
/// is a finite double. A fold that would overflow (<c>2·1e308</c>) or underflow is not done; those
/// numbers stay factors. A zero among them makes the whole product zero whatever the order.
/// </summary>
internal sealed class NumericFactors
{
    private Rational _exact = Rational.One;
    private List<Real>? _decimals;
    private bool _zero;
    private bool _decimalZero;
    private bool _negativeDecimal;

    public void Multiply(Expr number)
    {
        switch (number)
        {
            case Rational r:
                _zero |= r.IsZero;
                _exact *= r;
                break;
            case Real d:
                _decimals ??= [];
                _decimalZero |= d.Value == 0;
                _negativeDecimal ^= double.IsNegative(d.Value);
                if (_decimals.Count > 0 && Numbers.TryMultiply(_decimals[^1], d, out var folded)) _decimals[^1] = (Real)folded;
                else _decimals.Add(d);
                break;
        }
    }

    /// <summary>Whether the product is zero: exact 0 when only exact numbers took part, 0.0 otherwise.</summary>
    public bool IsZero => _zero || _decimalZero;

    /// <summary>The zero the product is (call only when <see cref="IsZero"/>).</summary>
    public Expr Zero => _decimals is null ? Rational.Zero : Real.Of(_negativeDecimal ^ _exact.IsNegative ? -0.0 : 0.0);

    /// <summary>The folded numbers, exact one first: none for a product of ones, usually one.</summary>
    public List<Expr> Factors()
    {
        if (IsZero) return [Zero];
        var result = new List<Expr>(1 + (_decimals?.Count ?? 0));
        if (_decimals is null or [])
        {
            if (!_exact.IsOne) result.Add(_exact);
            return result;
        }
        if (Numbers.TryMultiply(_exact, _decimals[0], out var first))
        {
            if (_decimals.Count > 1 || first is not Real { Value: 1.0 }) result.Add(first); // 1.0·u = u exactly
            result.AddRange(_decimals.Skip(1));
        }
        else
        {
            result.Add(_exact);
            result.AddRange(_decimals);
        }
        return result;
    }
}
