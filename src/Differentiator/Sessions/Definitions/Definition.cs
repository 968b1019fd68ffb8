namespace Differentiator.Sessions;

/// <summary>
/// A definition as written: <c>f(x, y) = 2x + 3xy + y^3</c> (a function, with parameters) or
/// <c>a = 3</c> (a named value). The body is kept as text and expanded when used, so a
/// definition sees the current definitions of the names it uses.
/// </summary>
public sealed record Definition
{
    /// <summary>Creates a definition.</summary>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is empty.</exception>
    public Definition(string name, IReadOnlyList<string> parameters, string body)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0) throw new InvalidInputException("A definition needs a name, such as f.");
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(body);
        Name = name;
        Parameters = [.. parameters];
        Body = body;
    }

    /// <summary>The name defined.</summary>
    public string Name { get; }

    /// <summary>The parameters of a function; empty for a named value.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The body as written.</summary>
    public string Body { get; }

    /// <summary>Whether this defines a function (it has parameters).</summary>
    public bool IsFunction => Parameters.Count > 0;

    /// <summary>The left side: <c>f(x, y)</c> or <c>a</c>.</summary>
    public string Head => IsFunction ? $"{Name}({string.Join(", ", Parameters)})" : Name;

    /// <summary>Equal when name, parameters and body are equal.</summary>
    public bool Equals(Definition? other) =>
        other is not null && Name == other.Name && Parameters.SequenceEqual(other.Parameters) && Body == other.Body;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Parameters.Count, Body);

    /// <summary>The line that makes this definition: <c>f(x, y) = 2x + 3xy + y^3</c>.</summary>
    public override string ToString() => $"{Head} = {Body}";
}
