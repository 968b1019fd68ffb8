namespace Differentiator.Expressions;

/// <summary>A variable, such as <c>x</c>, <c>w1</c>, <c>x_max</c> or <c>θ</c>.</summary>
public sealed class Symbol : Expr
{
    private Symbol(string name) : base(1) => Name = name;

    /// <summary>The variable's name as the formula spells it.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];

    /// <summary>A variable node.</summary>
    public static Symbol Of(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new(name);
    }

    private protected override bool EqualsSameKind(Expr other) => other is Symbol s && s.Name == Name;

    private protected override int ComputeHash() => HashCode.Combine(3, Name);
}
