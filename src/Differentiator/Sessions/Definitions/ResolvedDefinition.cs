using Differentiator.Expressions;

namespace Differentiator.Sessions.Definitions;

/// <summary>A definition with its body expanded: every defined name it uses put in.</summary>
internal sealed record ResolvedDefinition(Definition Definition, Expr Body)
{
    /// <summary>The function the parser expands calls with, or null for a named value.</summary>
    public FunctionDefinition? Function { get; } = Definition.IsFunction ? new FunctionDefinition(Definition.Name, Definition.Parameters, Body) : null;

    /// <summary>The body as a formula (a function's in terms of its parameters).</summary>
    public Formula Formula { get; } = Formula.FromExpression(Body);
}
