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

    private int _hash;

    private protected Expr(int depth)
    {
        if (depth > MaxDepth)
            throw new ExpressionTooDeepException(MaxDepth);
        Depth = depth;
    }

    /// <summary>The number of nodes on the longest path from this node to a leaf (a leaf has depth 1).</summary>
    public int Depth { get; }

    /// <summary>The direct subexpressions, in order.</summary>
    public abstract IReadOnlyList<Expr> Children { get; }

    /// <inheritdoc/>
    public bool Equals(Expr? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.GetType() != GetType() || other.GetHashCode() != GetHashCode()) return false;
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

    private protected static int DepthOf(IReadOnlyList<Expr> children)
    {
        var max = 0;
        foreach (var c in children)
            if (c.Depth > max) max = c.Depth;
        return max + 1;
    }

    private protected static bool SequenceEqual(IReadOnlyList<Expr> a, IReadOnlyList<Expr> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!a[i].Equals(b[i])) return false;
        return true;
    }

    private protected static int SequenceHash(int seed, IReadOnlyList<Expr> items)
    {
        var h = new HashCode();
        h.Add(seed);
        foreach (var item in items) h.Add(item.GetHashCode());
        return h.ToHashCode();
    }
}
