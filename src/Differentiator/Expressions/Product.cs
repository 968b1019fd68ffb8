namespace Differentiator.Expressions;

/// <summary>
/// An n-ary product; division is a factor with a negative exponent. An exact numeric coefficient,
/// when there is one, is the first factor.
/// </summary>
public sealed class Product : Expr
{
    internal Product(Expr[] factors) : base(factors) => HashNow();

    /// <summary>The factors in order; at least two, none of them a product.</summary>
    public IReadOnlyList<Expr> Factors => Items;

    /// <summary>The leading exact coefficient, or one.</summary>
    public Rational Coefficient => Items[0] as Rational ?? Rational.One;

    private protected override bool EqualsSameKind(Expr other) => other is Product p && SequenceEqual(Items, p.Items);

    private protected override int ComputeHash() => UnorderedHash(6, Items);
}
