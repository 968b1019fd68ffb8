namespace Differentiator.Expressions;

/// <summary>A power <c>base^exponent</c>. Powers of e are <see cref="Call"/>s of <c>exp</c>.</summary>
public sealed class Power : Expr
{
    internal Power(Expr @base, Expr exponent) : base(Math.Max(@base.Depth, exponent.Depth) + 1)
    {
        Base = @base;
        Exponent = exponent;
    }

    /// <summary>The base.</summary>
    public Expr Base { get; }

    /// <summary>The exponent.</summary>
    public Expr Exponent { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [Base, Exponent];

    private protected override bool EqualsSameKind(Expr other) =>
        other is Power p && Base.Equals(p.Base) && Exponent.Equals(p.Exponent);

    private protected override int ComputeHash() => HashCode.Combine(7, Base.GetHashCode(), Exponent.GetHashCode());
}
