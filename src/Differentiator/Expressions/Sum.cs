namespace Differentiator.Expressions;

/// <summary>An n-ary sum; subtraction is a term with a negative coefficient.</summary>
public sealed class Sum : Expr
{
    internal Sum(Expr[] terms) : base(terms) => HashNow();

    /// <summary>The terms in order; at least two, none of them a sum.</summary>
    public IReadOnlyList<Expr> Terms => Items;

    private protected override bool EqualsSameKind(Expr other) => other is Sum s && SequenceEqual(Items, s.Items);

    private protected override int ComputeHash() => UnorderedHash(5, Items);
}
