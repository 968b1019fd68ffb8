using Differentiator.Expressions;

namespace Differentiator;

/// <summary>
/// A function a user defines, such as <c>f(x, y) = 2x + 3xy + y^3</c>. Given to the parser through
/// <see cref="ParseOptions.Functions"/>, a call <c>f(1, 2)</c> is read as the body with the
/// arguments put in for the parameters, so everything downstream (derivatives, evaluation,
/// printing) sees plain formulas.
/// </summary>
public sealed record FunctionDefinition
{
    /// <summary>Defines <paramref name="name"/>(<paramref name="parameters"/>) = <paramref name="body"/>.</summary>
    /// <exception cref="InvalidInputException">The name or a parameter is empty, or a parameter repeats.</exception>
    public FunctionDefinition(string name, IReadOnlyList<string> parameters, Expr body)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(body);
        if (name.Length == 0) throw new InvalidInputException("A function needs a name, such as f.");
        foreach (var p in parameters)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(parameters));
            if (p.Length == 0) throw new InvalidInputException($"A parameter of {name} needs a name, such as x.");
        }
        if (parameters.Distinct(StringComparer.Ordinal).Count() != parameters.Count)
            throw new InvalidInputException($"{name} names a parameter twice.");
        Name = name;
        Parameters = [.. parameters];
        Body = body;
    }

    /// <summary>Defines <paramref name="name"/>(<paramref name="parameters"/>) = <paramref name="body"/>.</summary>
    public FunctionDefinition(string name, IReadOnlyList<string> parameters, Formula body)
        : this(name, parameters, (body ?? throw new ArgumentNullException(nameof(body))).Expression) { }

    /// <summary>The function's name.</summary>
    public string Name { get; }

    /// <summary>The parameter names, in order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The body, in terms of the parameters (other variables stay free).</summary>
    public Expr Body { get; }

    /// <summary>The body with <paramref name="arguments"/> put in for the parameters (all at once, so <c>f(y, x)</c> swaps).</summary>
    /// <exception cref="ArgumentException">The number of arguments is not the number of parameters.</exception>
    public Expr Apply(IReadOnlyList<Expr> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count != Parameters.Count)
            throw new ArgumentException($"{Name} takes {Parameters.Count} argument(s), not {arguments.Count}.", nameof(arguments));
        var map = new Dictionary<string, Expr>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++) map[Parameters[i]] = arguments[i];
        return ExprWalk.Rewrite(Body, node => node is Symbol s && map.TryGetValue(s.Name, out var value) ? value : null);
    }

    /// <summary><c>f(x, y) = 2x + 3xy + y^3</c>.</summary>
    public override string ToString() => $"{Name}({string.Join(", ", Parameters)}) = {Body}";

    /// <summary>Equal when name, parameters and body are equal.</summary>
    public bool Equals(FunctionDefinition? other) =>
        other is not null && Name == other.Name && Parameters.SequenceEqual(other.Parameters) && Body.Equals(other.Body);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Parameters.Count, Body);
}
