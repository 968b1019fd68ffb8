namespace Differentiator;

/// <summary>Options for <see cref="Formula.Parse"/>.</summary>
public sealed record ParseOptions
{
    /// <summary>The defaults: only single letters, spelled Greek letters and their subscripted forms are variables.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Multi-letter names to read as one variable each, e.g. <c>rate</c> (otherwise r·a·t·e).</summary>
    public IReadOnlyCollection<string> Variables { get; init; } = [];
}
