using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>Whether subtrees contain a given variable; memoised per distinct subtree.</summary>
internal sealed class Dependence(Symbol variable)
{
    /// <summary>Subtrees this shallow are cheaper to walk again than to remember (and keep the tables small).</summary>
    public const int MemoDepth = 2;

    private readonly Dictionary<Expr, bool> _memo = [];

    public Symbol Variable { get; } = variable;

    public bool On(Expr e)
    {
        StackGuard.Ensure();
        switch (e)
        {
            case Symbol s: return s.Equals(Variable);
            case Rational or Real or Constant: return false;
        }
        var remember = e.Depth > MemoDepth;
        if (remember && _memo.TryGetValue(e, out var known)) return known;
        var result = false;
        foreach (var child in e.Children)
        {
            if (On(child))
            {
                result = true;
                break;
            }
        }
        if (remember) _memo[e] = result;
        return result;
    }
}
