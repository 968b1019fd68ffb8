using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Hash-consing: one shared instance per structurally distinct subtree. A pass that builds trees
/// interns every node it makes, so equal subexpressions are one object and the result is a DAG.
/// Nodes compare structurally with cached hashes, and children of interned nodes are interned,
/// so a lookup costs one hash and reference comparisons of the children.
/// </summary>
internal sealed class Interner
{
    private readonly Dictionary<Expr, Expr> _table = [];

    public T Intern<T>(T node) where T : Expr
    {
        if (_table.TryGetValue(node, out var existing)) return (T)existing;
        _table.Add(node, node);
        return node;
    }

    /// <summary>The shared instance equal to <paramref name="node"/>, if one was interned.</summary>
    public bool TryGet(Expr node, out Expr shared) => _table.TryGetValue(node, out shared!);

    public int Count => _table.Count;
}
