using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>A tree produced by the symbolic engine, with the notes gathered on the way.</summary>
public abstract class NotedResult
{
    private protected NotedResult(Expr expression, IReadOnlyList<string> notes, bool complete)
    {
        Expression = expression;
        Notes = notes;
        Complete = complete;
    }

    /// <summary>The resulting tree.</summary>
    public Expr Expression { get; }

    /// <summary>
    /// Notes: points where a non-smooth function has no derivative (<c>d/dx |x| = sign(x); undefined at x = 0</c>),
    /// domain assumptions (<c>e^(ln u) = u assumes u &gt; 0</c>), passes skipped.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>False when a pass was skipped for its size (an expansion above <see cref="SimplifyOptions.MaxExpandedTerms"/>).</summary>
    public bool Complete { get; }
}
