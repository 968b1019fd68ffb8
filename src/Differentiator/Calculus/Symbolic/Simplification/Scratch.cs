using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Working lists and like-term tables lent out and given back, so collecting a sum or a product
/// allocates only its result. One set per thread, shared by the runs on it: a borrowed list is out of
/// the pool until it is given back, and one not given back (an exception stopped the run) is simply
/// collected by the GC. Beside the small ones, one table of each kind up to <see cref="LargeAtMost"/>
/// entries (a 100,000-term polynomial interns about 400,000 nodes) is kept for large formulas, so that differentiating one again does not
/// allocate its tables on the large-object heap again (which costs a full collection).
/// </summary>
internal sealed class Scratch
{
    private const int KeepAtMost = 4096;
    private const int LargeAtMost = 1 << 19;
    private const int PoolSize = 256;

    /// <summary>Tables of at most this many slots are pooled for small runs: emptying one costs its slots, however few entries the next run has.</summary>
    private const int SmallSlots = 256;

    private NodeTable<Interner.Unordered>? _largeInterns;
    private NodeTable<ByIdentity>? _largeMemo;
    private OrderedGroups<Expr>? _largeTerms;
    private NodeList? _largeList;

    [ThreadStatic]
    private static Scratch? t_shared;

    /// <summary>This thread's scratch.</summary>
    public static Scratch Shared => t_shared ??= new Scratch();

    private readonly Stack<NodeList> _lists = new();
    private readonly Stack<OrderedGroups<Expr>> _terms = new();
    private readonly Stack<OrderedGroups<LikeFactor>> _factors = new();

    private readonly Stack<NodeTable<Interner.Unordered>> _interns = new();
    private readonly Stack<NodeTable<ByIdentity>> _memos = new();

    /// <summary>An empty interning table for about <paramref name="expected"/> nodes, reused when one was given back.</summary>
    public NodeTable<Interner.Unordered> InternTable(int expected = 0) => Take(_interns, ref _largeInterns, expected);

    public void Return(NodeTable<Interner.Unordered> table) => Keep(_interns, ref _largeInterns, table);

    /// <summary>An empty memo by reference, reused when one was given back.</summary>
    public NodeTable<ByIdentity> Map(int expected = 0) => Take(_memos, ref _largeMemo, expected);

    public void Return(NodeTable<ByIdentity> map) => Keep(_memos, ref _largeMemo, map);

    /// <summary>
    /// A pooled table: the one large table kept when the run expects many entries (sized up to what it expects,
    /// so it does not grow step by step), otherwise a small one.
    /// </summary>
    private static NodeTable<T> Take<T>(Stack<NodeTable<T>> small, ref NodeTable<T>? large, int expected) where T : struct, INodeKeyRule
    {
        if (expected > SmallSlots / 2 && large is { } kept)
        {
            large = null;
            kept.EnsureCapacity(expected);
            return kept;
        }
        if (small.Count > 0)
        {
            var table = small.Pop();
            if (expected > SmallSlots / 2) table.EnsureCapacity(expected);
            return table;
        }
        return new NodeTable<T>(expected);
    }

    private static void Keep<T>(Stack<NodeTable<T>> small, ref NodeTable<T>? large, NodeTable<T> table) where T : struct, INodeKeyRule
    {
        if (table.Capacity > SmallSlots)
        {
            if (table.Count > LargeAtMost || large is not null) return;
            table.Clear();
            large = table;
            return;
        }
        if (small.Count >= 16) return;
        table.Clear();
        small.Push(table);
    }

    public NodeList List(int expected = 0)
    {
        if (expected > KeepAtMost && _largeList is { } large)
        {
            _largeList = null;
            return large;
        }
        return _lists.Count > 0 ? _lists.Pop() : new NodeList(Math.Max(8, Math.Min(expected, LargeAtMost)));
    }

    public void Return(NodeList list)
    {
        if (list.Capacity > KeepAtMost)
        {
            if (list.Capacity > LargeAtMost || _largeList is not null) return;
            list.Clear();
            _largeList = list;
            return;
        }
        if (_lists.Count >= PoolSize) return;
        list.Clear();
        _lists.Push(list);
    }

    public OrderedGroups<Expr> TermGroups(int capacity)
    {
        if (capacity > KeepAtMost && _largeTerms is { } large)
        {
            _largeTerms = null;
            return large;
        }
        return _terms.Count > 0 ? _terms.Pop() : new OrderedGroups<Expr>(Math.Max(capacity, 8));
    }

    public void Return(OrderedGroups<Expr> groups)
    {
        if (groups.Count > KeepAtMost)
        {
            if (groups.Count > LargeAtMost || _largeTerms is not null) return;
            groups.Clear();
            _largeTerms = groups;
            return;
        }
        if (_terms.Count >= PoolSize) return;
        groups.Clear();
        _terms.Push(groups);
    }

    public OrderedGroups<LikeFactor> FactorGroups(int capacity) =>
        _factors.Count > 0 ? _factors.Pop() : new OrderedGroups<LikeFactor>(Math.Max(capacity, 8));

    public void Return(OrderedGroups<LikeFactor> groups)
    {
        if (groups.Count > KeepAtMost || _factors.Count >= PoolSize) return;
        groups.Clear();
        _factors.Push(groups);
    }
}
