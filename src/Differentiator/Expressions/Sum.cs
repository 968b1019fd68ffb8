namespace Differentiator.Expressions;

/// <summary>An n-ary sum; subtraction is a term with a negative coefficient.</summary>
public sealed class Sum : Expr
{
    private readonly Expr[] _terms;

    internal Sum(Expr[] terms) : base(DepthOf(terms)) => _terms = terms;

    /// <summary>The terms in order; at least two, none of them a sum.</summary>
    public IReadOnlyList<Expr> Terms => _terms;

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => _terms;

    private protected override bool EqualsSameKind(Expr other) => other is Sum s && SequenceEqual(_terms, s._terms);

    private protected override int ComputeHash() => SequenceHash(5, _terms);
}
