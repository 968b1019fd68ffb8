using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Hash-consing: one shared instance per structurally distinct subtree, and one per sum or product
/// whatever the order of its parts. A pass that builds trees interns every node it makes, so equal
/// subexpressions are one object and the result is a DAG; a product built as <c>cos(x) sin(x)</c>
/// after <c>sin(x) cos(x)</c> is that same object, so like terms are found whatever the factor
/// order. An interned node is marked, so asking whether a node is interned is a field read. Every
/// new node is charged to the operation budget (a node with k parts counts k + 1).
/// </summary>
internal sealed class Interner(BudgetMeter meter, int expected = 0)
{
    private readonly Scratch _scratch = Scratch.Shared;
    private NodeTable<Unordered>? _table;

    private NodeTable<Unordered> Table => _table ??= _scratch.InternTable(expected);

    /// <summary>Gives the table back for reuse once the run is over (its nodes stay valid; interning again starts a new table).</summary>
    public void Release()
    {
        if (_table is not null) _scratch.Return(_table);
        _table = null;
    }

    public T Intern<T>(T node) where T : Expr
    {
        if (ReferenceEquals(node.InternedBy, this)) return node;
        // Equal nodes under the rule are of one type, so the shared one is a T too.
        var shared = (T)Table.GetOrAdd(node, node, out var added);
        if (!added) return shared;
        meter.AddNodes(1 + node.Items.Length);
        node.InternedBy = this;
        return node;
    }

    /// <summary>The shared instance equal to <paramref name="node"/> (for a sum or product: in any order), if one was interned.</summary>
    public bool TryGet(Expr node, out Expr shared)
    {
        if (ReferenceEquals(node.InternedBy, this))
        {
            shared = node;
            return true;
        }
        return Table.TryGetValue(node, out shared);
    }

    public int Count => _table?.Count ?? 0;

    /// <summary>Structural equality, except that sums and products are equal when their parts are equal in any order.</summary>
    internal readonly struct Unordered : INodeKeyRule
    {
        public static bool Same(Expr a, Expr b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is Sum or Product) return a.GetType() == b.GetType() && SameParts(a.Items, b.Items);
            return a.Equals(b);
        }

        /// <summary>The node's own hash: a sum's or a product's does not depend on the order of its parts.</summary>
        public static int Hash(Expr e) => e.GetHashCode();

        private static bool InOrder(Expr[] a, Expr[] b)
        {
            for (var i = 0; i < a.Length; i++)
                if (!ReferenceEquals(a[i], b[i]) && !a[i].Equals(b[i])) return false;
            return true;
        }

        private static bool SameParts(Expr[] a, Expr[] b)
        {
            if (a.Length != b.Length) return false;
            if (InOrder(a, b)) return true; // the usual case: the same parts in the same order
            if (a.Length <= 32)
            {
                var used = 0u;
                foreach (var x in a)
                {
                    var found = false;
                    for (var j = 0; j < b.Length && !found; j++)
                    {
                        if ((used & (1u << j)) != 0 || !(ReferenceEquals(x, b[j]) || x.Equals(b[j]))) continue;
                        used |= 1u << j;
                        found = true;
                    }
                    if (!found) return false;
                }
                return true;
            }
            var counts = new Dictionary<Expr, int>(a.Length);
            foreach (var x in a) counts[x] = counts.GetValueOrDefault(x) + 1;
            foreach (var y in b)
            {
                if (!counts.TryGetValue(y, out var n) || n == 0) return false;
                counts[y] = n - 1;
            }
            return true;
        }
    }
}
