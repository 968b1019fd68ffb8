namespace Differentiator.Expressions;

/// <summary>
/// One pass over a tree's shared nodes: its distinct variable names, the functions it calls that
/// are only declared (<c>a(n)</c>), and how many leaves it has
/// written out as a tree (a shared subtree counts each time it is used; an exponent −1 does not),
/// which is a lower bound of the length of any printed form of it.
/// </summary>
internal static class SymbolNames
{
    public static IReadOnlySet<string> Of(Expr root) => Survey(root).Names;

    public static (IReadOnlySet<string> Names, IReadOnlySet<MathFunction> Declared, long Leaves) Survey(Expr root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<MathFunction>();
        if (root.Children.Count == 0)
        {
            if (root is Symbol s) names.Add(s.Name);
            return (names, declared, 1);
        }
        // Leaves of each inner node written out, saturating far above any text length.
        var leaves = new Dictionary<Expr, long>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(Expr Node, bool ChildrenDone)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, childrenDone) = pending.Pop();
            var children = node.Children;
            if (!childrenDone)
            {
                if (leaves.ContainsKey(node)) continue;
                if (node is Call { Function.IsDeclared: true } call) declared.Add(call.Function);
                pending.Push((node, true));
                for (var i = 0; i < children.Count; i++)
                {
                    var c = children[i];
                    if (c.Children.Count > 0) pending.Push((c, false));
                    else if (c is Symbol s) names.Add(s.Name);
                }
                continue;
            }
            if (leaves.ContainsKey(node)) continue;
            long sum = 0;
            for (var i = 0; i < children.Count; i++)
                sum = Math.Min(sum + (children[i].Children.Count > 0 ? leaves[children[i]] : IsWrittenAsDivision(node, i) ? 0 : 1), long.MaxValue / 4);
            leaves[node] = sum;
        }
        return (names, declared, leaves[root]);
    }

    /// <summary>The exponent −1 of a factor below a fraction bar is written as (a share of) the bar, perhaps not at all.</summary>
    private static bool IsWrittenAsDivision(Expr node, int child) =>
        node is Power && child == 1 && node.Children[1] is Rational { IsInteger: true } r && r.Numerator == -1;
}
