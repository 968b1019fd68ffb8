using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>A simplified derivative in textbook form, with the notes gathered on the way.</summary>
public sealed class DerivativeResult : NotedResult
{
    internal DerivativeResult(Expr expression, IReadOnlyList<string> notes, bool complete) : base(expression, notes, complete) { }
}
