namespace Differentiator;

/// <summary>Options for <see cref="Formula.Parse"/>.</summary>
public sealed record ParseOptions
{
    /// <summary>The defaults: only single letters, spelled Greek letters and their subscripted forms are variables.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Multi-letter names to read as one variable each, e.g. <c>rate</c> (otherwise r·a·t·e).</summary>
    public IReadOnlyCollection<string> Variables { get; init; } = [];

    /// <summary>
    /// Functions defined by the user (<c>f(x, y) = 2x + 3xy + y^3</c>): a call <c>f(1, 2)</c> is read as
    /// the body with the arguments put in. A definition may shadow a table function of the same name.
    /// </summary>
    public IReadOnlyCollection<FunctionDefinition> Functions { get; init; } = [];

    /// <summary>
    /// Names declared as functions without a definition (a sequence <c>a(n)</c>): a call is kept as a
    /// call of that name, for a caller that gives it meaning (the recurrences do).
    /// </summary>
    public IReadOnlyCollection<FunctionDeclaration> Declarations { get; init; } = [];

    /// <summary>Whether these are the defaults (nothing declared).</summary>
    internal bool IsDefault => Variables.Count == 0 && Functions.Count == 0 && Declarations.Count == 0;
}
