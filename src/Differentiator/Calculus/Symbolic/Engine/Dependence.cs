using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>Whether subtrees contain a given variable (each node keeps the names it contains).</summary>
internal sealed class Dependence(Symbol variable)
{
    /// <summary>Subtrees this shallow are cheaper to work again than to remember (and keep the tables small).</summary>
    public const int MemoDepth = 2;

    public Symbol Variable { get; } = variable;

    public bool On(Expr e) => e switch
    {
        Symbol s => s.Name == Variable.Name,
        Rational or Real or Constant => false,
        _ => VariableNames.Contain(e, Variable.Name),
    };
}
