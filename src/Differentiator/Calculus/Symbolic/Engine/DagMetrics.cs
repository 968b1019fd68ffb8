using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>Sizes of a tree: as stored (distinct node objects, a DAG) and as written out (every occurrence).</summary>
internal static class DagMetrics
{
    /// <summary>The number of distinct node objects reachable from <paramref name="root"/>.</summary>
    public static int StoredNodes(Expr root)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            foreach (var child in node.Children) stack.Push(child);
        }
        return seen.Count;
    }

    /// <summary>The number of nodes of the tree written out in full, shared subtrees counted at every use.</summary>
    public static long TreeNodes(Expr root)
    {
        var memo = new Dictionary<Expr, long>(ReferenceEqualityComparer.Instance);
        return Count(root);

        long Count(Expr e)
        {
            StackGuard.Ensure();
            if (memo.TryGetValue(e, out var n)) return n;
            n = 1 + e.Children.Sum(Count);
            memo[e] = n;
            return n;
        }
    }
}
