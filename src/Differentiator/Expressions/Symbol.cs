namespace Differentiator.Expressions;

/// <summary>A variable, such as <c>x</c>, <c>w1</c>, <c>x_max</c> or <c>θ</c>.</summary>
public sealed class Symbol : Expr
{
    private Symbol(string name) : base(NoChildren) => Name = name;

    /// <summary>The variable's name as the formula spells it.</summary>
    public string Name { get; }

    // The one-letter Latin variables are shared: most formulas use only them (a node is immutable).
    private static readonly Symbol[] Letters = [.. Enumerable.Range(0, 128).Select(c => new Symbol(((char)c).ToString()))];

    /// <summary>A variable node.</summary>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is empty.</exception>
    public static Symbol Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new InvalidInputException("A variable needs a name, such as x.");
        return name.Length == 1 && char.IsAsciiLetter(name[0]) ? Letters[name[0]] : new(name);
    }

    private protected override bool EqualsSameKind(Expr other) => other is Symbol s && s.Name == Name;

    private protected override int ComputeHash() => HashCode.Combine(3, Name);
}
