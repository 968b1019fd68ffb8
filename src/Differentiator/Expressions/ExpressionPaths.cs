using Differentiator.Syntax;

namespace Differentiator.Expressions;

/// <summary>Finds a node's nearest ancestor in a tree that has a recorded span.</summary>
internal static class ExpressionPaths
{
    /// <summary>
    /// The span of the nearest node above <paramref name="target"/> (on some path from
    /// <paramref name="root"/>) that <paramref name="spans"/> has; null when the target is not in the tree.
    /// Iterative, and each shared subtree is searched once.
    /// </summary>
    public static SourceSpan? NearestAbove(Expr root, Expr target, IReadOnlyDictionary<Expr, SourceSpan> spans)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(Expr Node, SourceSpan? Above)>();
        pending.Push((root, null));
        while (pending.Count > 0)
        {
            var (node, above) = pending.Pop();
            if (node == target) return above;
            if (!seen.Add(node)) continue;
            var here = spans.TryGetValue(node, out var span) ? span : above;
            foreach (var child in node.Children) pending.Push((child, here));
        }
        return null;
    }
}
