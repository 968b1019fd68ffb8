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

    /// <summary>
    /// The number of nodes of the tree written out in full, shared subtrees counted at every use;
    /// iterative, so any depth is fine, and saturating instead of overflowing.
    /// </summary>
    public static long TreeNodes(Expr root)
    {
        var memo = new Dictionary<Expr, long>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Expr Node, bool Expanded)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, expanded) = stack.Pop();
            if (memo.ContainsKey(node)) continue;
            if (!expanded)
            {
                stack.Push((node, true));
                foreach (var child in node.Children)
                    if (!memo.ContainsKey(child)) stack.Push((child, false));
                continue;
            }
            var n = 1L;
            foreach (var child in node.Children) n = Math.Min(n + memo[child], long.MaxValue / 2);
            memo[node] = n;
        }
        return memo[root];
    }
}
