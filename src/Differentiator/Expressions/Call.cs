namespace Differentiator.Expressions;

/// <summary>A call of a function from the <see cref="MathFunction"/> table, such as <c>sin(x)</c>.</summary>
public sealed class Call : Expr
{
    private readonly Expr[] _arguments;

    internal Call(MathFunction function, Expr[] arguments) : base(DepthOf(arguments))
    {
        Function = function;
        _arguments = arguments;
    }

    /// <summary>The function called.</summary>
    public MathFunction Function { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<Expr> Arguments => _arguments;

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => _arguments;

    private protected override bool EqualsSameKind(Expr other) =>
        other is Call c && ReferenceEquals(c.Function, Function) && SequenceEqual(_arguments, c._arguments);

    private protected override int ComputeHash() => SequenceHash(HashCode.Combine(8, Function.Name), _arguments);
}
