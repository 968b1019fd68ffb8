using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>The outcome of a simplification: the tree, and notes on assumptions made and passes that gave up.</summary>
public sealed class SimplificationResult
{
    internal SimplificationResult(Expr expression, IReadOnlyList<string> notes, bool complete)
    {
        Expression = expression;
        Notes = notes;
        Complete = complete;
    }

    /// <summary>The simplified tree (the input itself when the simplifier gave up).</summary>
    public Expr Expression { get; }

    /// <summary>Domain assumptions (<c>e^(ln u) = u assumes u &gt; 0</c>) and limits that were reached.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>False when a time or size limit stopped the simplification.</summary>
    public bool Complete { get; }
}
