using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>Whether subtrees contain a given variable (each node keeps the names it contains).</summary>
internal sealed class Dependence(Symbol variable)
{
    /// <summary>
    /// Subtrees this shallow are cheaper to work again than to remember, and keep the memo tables small
    /// (the terms of a 10,000-term polynomial are not remembered). Sharing only multiplies the work of such a
    /// subtree by its uses; it cannot make it exponential.
    /// </summary>
    public const int MemoDepth = 3;

    public Symbol Variable { get; } = variable;

    public bool On(Expr e) => e switch
    {
        Symbol s => s.Name == Variable.Name,
        Rational or Real or Constant => false,
        _ => VariableNames.Contain(e, Variable.Name),
    };
}
