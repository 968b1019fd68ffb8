using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>A simplified derivative with the notes gathered on the way.</summary>
public sealed class DerivativeResult
{
    internal DerivativeResult(Expr expression, IReadOnlyList<string> notes, bool complete)
    {
        Expression = expression;
        Notes = notes;
        Complete = complete;
    }

    /// <summary>The derivative in textbook form.</summary>
    public Expr Expression { get; }

    /// <summary>
    /// Notes: points where a non-smooth function has no derivative (<c>d/dx |x| = sign(x); undefined at x = 0</c>),
    /// domain assumptions of the simplification, limits reached.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>False when the simplification stopped at a limit and the result was left unsimplified.</summary>
    public bool Complete { get; }
}
