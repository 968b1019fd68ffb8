namespace Differentiator.Expressions;

/// <summary>
/// An n-ary product; division is a factor with a negative exponent. An exact numeric coefficient,
/// when there is one, is the first factor.
/// </summary>
public sealed class Product : Expr
{
    private readonly Expr[] _factors;

    internal Product(Expr[] factors) : base(DepthOf(factors)) => _factors = factors;

    /// <summary>The factors in order; at least two, none of them a product.</summary>
    public IReadOnlyList<Expr> Factors => _factors;

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => _factors;

    /// <summary>The leading exact coefficient, or one.</summary>
    public Rational Coefficient => _factors[0] as Rational ?? Rational.One;

    private protected override bool EqualsSameKind(Expr other) => other is Product p && SequenceEqual(_factors, p._factors);

    private protected override int ComputeHash() => SequenceHash(6, _factors);
}
