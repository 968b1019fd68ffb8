using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>The variables of a tree, in order of first appearance.</summary>
public static class ExprVariables
{
    /// <summary>Each variable name once, in the order a left-to-right reading meets it.</summary>
    public static IReadOnlyList<string> InOrder(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        Walk(expression);
        return order;

        void Walk(Expr e)
        {
            StackGuard.Ensure();
            if (e is Symbol s)
            {
                if (seen.Add(s.Name)) order.Add(s.Name);
                return;
            }
            foreach (var child in e.Children) Walk(child);
        }
    }
}
