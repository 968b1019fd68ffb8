namespace Differentiator.Expressions;

/// <summary>
/// An immutable node of a formula's expression tree. Trees compare and hash structurally,
/// so equal subexpressions can be shared (hash-consed) by any pass that builds trees.
/// </summary>
/// <remarks>
/// Build trees through the factory methods of <see cref="Expr"/> (<see cref="Add(Expr[])"/>,
/// <see cref="Multiply(Expr[])"/>, <see cref="Pow"/>, …): they keep the tree in the one shape the
/// parser and printers agree on (flattened sums and products, a single leading exact coefficient,
/// quotients as negative powers).
/// </remarks>
public abstract partial class Expr : IEquatable<Expr>
{
    /// <summary>The deepest a tree may be; building a deeper one throws <see cref="ExpressionTooDeepException"/>.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The children of a leaf.</summary>
    private protected static readonly Expr[] NoChildren = [];

    private int _hash;

    /// <summary>A node with these children (never changed afterwards); its depth is one more than theirs.</summary>
    private protected Expr(Expr[] items)
    {
        var depth = DepthOf(items);
        if (depth > MaxDepth)
            throw new ExpressionTooDeepException(MaxDepth);
        Depth = depth;
        Items = items;
    }

    /// <summary>The number of nodes on the longest path from this node to a leaf (a leaf has depth 1).</summary>
    public int Depth { get; }

    /// <summary>The direct subexpressions, in order.</summary>
    public IReadOnlyList<Expr> Children => Items;

    /// <summary>The children as the array they are stored in, for loops without an enumerator (never to be written).</summary>
    internal readonly Expr[] Items;

    /// <summary>The variable names the tree contains, sorted (computed once, on first use).</summary>
    internal string[]? VariableNames;

    /// <summary>The run that interned this node, if any: a hint that saves a table look-up (the table decides).</summary>
    internal object? InternedBy;

    /// <inheritdoc/>
    public bool Equals(Expr? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.GetType() != GetType() || other.GetHashCode() != GetHashCode()) return false;
        if (Items.Length > 0) StackGuard.Ensure(); // two equal deep trees compare all the way down
        return EqualsSameKind(other);
    }

    /// <summary>Compares this node with another of the same type, children structurally.</summary>
    private protected abstract bool EqualsSameKind(Expr other);

    /// <summary>Computes the structural hash once; it is cached.</summary>
    private protected abstract int ComputeHash();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Expr e && Equals(e);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = _hash;
        if (h == 0)
        {
            h = ComputeHash();
            if (h == 0) h = 1;
            _hash = h;
        }
        return h;
    }

    /// <summary>
    /// Computes the hash now, from the children's (already computed, since they were built first):
    /// composite nodes call it when built, so hashing never recurses down a deep tree.
    /// </summary>
    private protected void HashNow() => GetHashCode();

    /// <summary>
    /// The readable text form for showing, e.g. <c>6x e^(3x^2)</c>: <see cref="ToText"/> where that
    /// succeeds; it never throws, and past the parser's length it ends with "…".
    /// </summary>
    public override string ToString() => Printing.TextPrinter.Display(this);

    /// <summary>The readable text form for showing, cut at <paramref name="maxCharacters"/> with "…"; it never throws.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCharacters"/> is not positive.</exception>
    public string ToString(int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharacters);
        return Printing.TextPrinter.Display(this, maxCharacters: maxCharacters);
    }

    /// <summary>Structural equality.</summary>
    public static bool operator ==(Expr? left, Expr? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(Expr? left, Expr? right) => !(left == right);

    private static int DepthOf(Expr[] children)
    {
        var max = 0;
        foreach (var c in children)
            if (c.Depth > max) max = c.Depth;
        return max + 1;
    }

    private protected static bool SequenceEqual(Expr[] a, Expr[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i], b[i]) && !a[i].Equals(b[i])) return false;
        return true;
    }

    /// <summary>
    /// A hash that does not depend on the order of <paramref name="items"/>: sums and products hash so, which
    /// lets a table that takes their parts in any order (the simplifier's interning) use the cached hash.
    /// </summary>
    private protected static int UnorderedHash(uint seed, Expr[] items)
    {
        var h = seed;
        foreach (var item in items) h += Mix((uint)item.GetHashCode());
        return (int)h;
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7feb352dU;
        h ^= h >> 15;
        h *= 0x846ca68bU;
        return h ^ (h >> 16);
    }

    private protected static int SequenceHash(int seed, Expr[] items)
    {
        var h = new HashCode();
        h.Add(seed);
        foreach (var item in items) h.Add(item.GetHashCode());
        return h.ToHashCode();
    }
}
