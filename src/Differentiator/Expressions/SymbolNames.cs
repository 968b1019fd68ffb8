namespace Differentiator.Expressions;

/// <summary>The distinct variable names of a tree, found in one pass over its shared nodes.</summary>
internal static class SymbolNames
{
    public static IReadOnlySet<string> Of(Expr root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>();
        Visit(root);
        while (pending.Count > 0)
        {
            var children = pending.Pop().Children;
            for (var i = 0; i < children.Count; i++) Visit(children[i]);
        }
        return names;

        void Visit(Expr node)
        {
            if (node is Symbol s) names.Add(s.Name);
            else if (node.Children.Count > 0 && seen.Add(node)) pending.Push(node);
        }
    }
}
