using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Hash-consing: one shared instance per structurally distinct subtree, and one per sum or product
/// whatever the order of its parts. A pass that builds trees interns every node it makes, so equal
/// subexpressions are one object and the result is a DAG; a product built as <c>cos(x) sin(x)</c>
/// after <c>sin(x) cos(x)</c> is that same object, so like terms are found whatever the factor
/// order. Every new node is charged to the operation budget (a node with k parts counts k + 1).
/// </summary>
internal sealed class Interner(BudgetMeter meter)
{
    private readonly Dictionary<Expr, Expr> _table = [];
    private readonly Dictionary<Unordered, Expr> _unordered = [];

    public T Intern<T>(T node) where T : Expr
    {
        if (_table.TryGetValue(node, out var existing)) return (T)existing;
        if (node is Sum or Product)
        {
            var key = new Unordered(node);
            if (_unordered.TryGetValue(key, out existing) && existing is T same)
            {
                _table.Add(node, same);
                return same;
            }
            _unordered.Add(key, node);
        }
        meter.AddNodes(1 + node.Children.Count);
        _table.Add(node, node);
        return node;
    }

    /// <summary>The shared instance equal to <paramref name="node"/>, if one was interned.</summary>
    public bool TryGet(Expr node, out Expr shared) => _table.TryGetValue(node, out shared!);

    public int Count => _table.Count;

    /// <summary>A sum or product as a multiset of its parts: equal when the parts are equal in any order.</summary>
    private readonly struct Unordered : IEquatable<Unordered>
    {
        private readonly int _hash;

        public Unordered(Expr node)
        {
            Node = node;
            var h = node is Sum ? 0x5u : 0x6u;
            foreach (var child in node.Children) h += Mix((uint)child.GetHashCode());
            _hash = (int)h;
        }

        public Expr Node { get; }

        public bool Equals(Unordered other) =>
            _hash == other._hash && Node.GetType() == other.Node.GetType() && SameParts(Node.Children, other.Node.Children);

        public override bool Equals(object? obj) => obj is Unordered u && Equals(u);

        public override int GetHashCode() => _hash;

        private static uint Mix(uint h)
        {
            h ^= h >> 16;
            h *= 0x7feb352dU;
            h ^= h >> 15;
            h *= 0x846ca68bU;
            return h ^ (h >> 16);
        }

        private static bool SameParts(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
        {
            if (a.Count != b.Count) return false;
            if (a.Count <= 16)
            {
                var used = 0;
                foreach (var x in a)
                {
                    var found = false;
                    for (var j = 0; j < b.Count && !found; j++)
                    {
                        if ((used & (1 << j)) != 0 || !x.Equals(b[j])) continue;
                        used |= 1 << j;
                        found = true;
                    }
                    if (!found) return false;
                }
                return true;
            }
            var counts = new Dictionary<Expr, int>(a.Count);
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
