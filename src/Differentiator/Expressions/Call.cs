namespace Differentiator.Expressions;

/// <summary>A call of a function from the <see cref="MathFunction"/> table, such as <c>sin(x)</c>.</summary>
public sealed class Call : Expr
{
    internal Call(MathFunction function, Expr[] arguments) : base(arguments)
    {
        Function = function;
        HashNow();
    }

    /// <summary>The function called.</summary>
    public MathFunction Function { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<Expr> Arguments => Items;

    private protected override bool EqualsSameKind(Expr other) =>
        other is Call c && ReferenceEquals(c.Function, Function) && SequenceEqual(Items, c.Items);

    private protected override int ComputeHash() => SequenceHash(HashCode.Combine(8, Function.Name), Items);
}
