namespace Differentiator.Expressions;

/// <summary>
/// Walks over a tree that may share subtrees (a DAG): each distinct node once, iteratively, so
/// neither a deep tree nor heavy sharing costs more than the number of distinct nodes.
/// </summary>
internal static class ExprWalk
{
    /// <summary>The variable names in the order a left-to-right reading first meets them.</summary>
    public static IReadOnlyList<string> VariablesInOrder(Expr root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var names = new List<string>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!seen.Add(node)) continue;
            if (node is Symbol s)
            {
                if (seenNames.Add(s.Name)) names.Add(s.Name);
                continue;
            }
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return names;
    }

    /// <summary>
    /// Rebuilds <paramref name="root"/> bottom-up, replacing each node for which
    /// <paramref name="replace"/> answers a tree and rebuilding its ancestors through the factories
    /// (so the result is in canonical shape). Shared subtrees are rewritten once.
    /// </summary>
    public static Expr Rewrite(Expr root, Func<Expr, Expr?> replace)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(replace);
        var done = new Dictionary<Expr, Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(Expr Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (done.ContainsKey(node)) continue;
            if (replace(node) is { } replacement)
            {
                done[node] = replacement;
                continue;
            }
            var children = node.Children;
            if (children.Count == 0)
            {
                done[node] = node;
                continue;
            }
            if (!childrenDone)
            {
                stack.Push((node, true));
                for (var i = children.Count - 1; i >= 0; i--)
                    if (!done.ContainsKey(children[i])) stack.Push((children[i], false));
                continue;
            }
            var rewritten = new Expr[children.Count];
            var changed = false;
            for (var i = 0; i < rewritten.Length; i++)
            {
                rewritten[i] = done[children[i]];
                changed |= !ReferenceEquals(rewritten[i], children[i]);
            }
            done[node] = changed ? Rebuild(node, rewritten) : node;
        }
        return done[root];
    }

    private static Expr Rebuild(Expr node, Expr[] children) => node switch
    {
        Sum => Expr.Add(children),
        Product => Expr.Multiply(children),
        Power => Expr.Pow(children[0], children[1]),
        Call c => Expr.Apply(c.Function, children),
        _ => node,
    };
}
