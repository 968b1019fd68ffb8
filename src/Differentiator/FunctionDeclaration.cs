using Differentiator.Expressions;

namespace Differentiator;

/// <summary>
/// A function known by name and arity only, such as the sequence <c>a</c> in <c>a(n+1) = 2a(n)</c>.
/// Given to the parser through <see cref="ParseOptions.Declarations"/>, <c>a(n)</c> is read as a
/// call of <c>a</c> rather than the product a·n; the caller gives the calls their meaning.
/// </summary>
public sealed record FunctionDeclaration
{
    /// <summary>Declares <paramref name="name"/> with <paramref name="arity"/> arguments.</summary>
    /// <exception cref="InvalidInputException">The name is empty or the arity below 1.</exception>
    public FunctionDeclaration(string name, int arity = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new InvalidInputException("A declared function needs a name, such as a.");
        if (arity < 1) throw new InvalidInputException($"A declared function takes at least one argument, not {arity}.");
        Name = name;
        Arity = arity;
        Function = MathFunction.Declared(name, arity);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The number of arguments.</summary>
    public int Arity { get; }

    /// <summary>The function the calls refer to (one per declaration, so calls of it compare equal).</summary>
    public MathFunction Function { get; }
}
