namespace Differentiator.Expressions;

/// <summary>The distinct variable names of a tree, found in one pass over its shared nodes.</summary>
internal static class SymbolNames
{
    public static IReadOnlySet<string> Of(Expr root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node)) continue;
            if (node is Symbol s) names.Add(s.Name);
            foreach (var child in node.Children) pending.Push(child);
        }
        return names;
    }
}
