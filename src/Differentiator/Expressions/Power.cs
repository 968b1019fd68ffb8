namespace Differentiator.Expressions;

/// <summary>A power <c>base^exponent</c>. Powers of e are <see cref="Call"/>s of <c>exp</c>.</summary>
public sealed class Power : Expr
{
    internal Power(Expr @base, Expr exponent) : base([@base, exponent]) => HashNow();

    /// <summary>The base.</summary>
    public Expr Base => Items[0];

    /// <summary>The exponent.</summary>
    public Expr Exponent => Items[1];

    private protected override bool EqualsSameKind(Expr other) =>
        other is Power p && Base.Equals(p.Base) && Exponent.Equals(p.Exponent);

    private protected override int ComputeHash() => HashCode.Combine(7, Base.GetHashCode(), Exponent.GetHashCode());
}
