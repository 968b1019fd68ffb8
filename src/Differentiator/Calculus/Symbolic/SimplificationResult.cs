using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>The outcome of a simplification: the tree, and notes on assumptions made and passes that gave up.</summary>
public sealed class SimplificationResult : NotedResult
{
    internal SimplificationResult(Expr expression, IReadOnlyList<string> notes, bool complete) : base(expression, notes, complete) { }
}
