using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Working lists and like-term tables lent out and given back, so collecting a sum or a product
/// allocates only its result. One set per thread, shared by the runs on it: a borrowed list is out of
/// the pool until it is given back, and one not given back (an exception stopped the run) is simply
/// collected by the GC. Beside the small ones, one table of each kind up to <see cref="LargeAtMost"/>
/// entries is kept for large formulas, so that differentiating a 10,000-term polynomial again does not
/// allocate its tables on the large-object heap again (which costs a full collection).
/// </summary>
internal sealed class Scratch
{
    private const int KeepAtMost = 4096;
    private const int LargeAtMost = 1 << 17;
    private const int PoolSize = 256;

    private HashSet<Expr>? _largeSet;
    private OrderedGroups<Expr>? _largeTerms;
    private List<Expr>? _largeList;

    [ThreadStatic]
    private static Scratch? t_shared;

    /// <summary>This thread's scratch.</summary>
    public static Scratch Shared => t_shared ??= new Scratch();

    private readonly Stack<List<Expr>> _lists = new();
    private readonly Stack<OrderedGroups<Expr>> _terms = new();
    private readonly Stack<OrderedGroups<LikeFactor>> _factors = new();

    private readonly Stack<HashSet<Expr>> _sets = new();
    private readonly Stack<Dictionary<Expr, Expr>> _maps = new();

    /// <summary>An empty set with <paramref name="comparer"/> (an interning table) for about <paramref name="expected"/> entries, reused when one was given back.</summary>
    public HashSet<Expr> Set(IEqualityComparer<Expr> comparer, int expected = 0)
    {
        if (expected > KeepAtMost && _largeSet is { } large && ReferenceEquals(large.Comparer, comparer))
        {
            _largeSet = null;
            large.EnsureCapacity(Math.Min(expected, LargeAtMost));
            return large;
        }
        while (_sets.Count > 0)
        {
            var set = _sets.Pop();
            if (ReferenceEquals(set.Comparer, comparer)) return set;
        }
        return new HashSet<Expr>(expected > KeepAtMost ? Math.Min(expected, LargeAtMost) : 16, comparer);
    }

    public void Return(HashSet<Expr> set)
    {
        if (set.Count > KeepAtMost)
        {
            if (set.Count > LargeAtMost || _largeSet is not null) return;
            set.Clear();
            _largeSet = set;
            return;
        }
        if (_sets.Count >= 16) return;
        set.Clear();
        _sets.Push(set);
    }

    /// <summary>An empty map by reference (a memo), reused when one was given back.</summary>
    public Dictionary<Expr, Expr> Map() => _maps.Count > 0 ? _maps.Pop() : new Dictionary<Expr, Expr>(16, ByReference.Instance);

    public void Return(Dictionary<Expr, Expr> map)
    {
        if (map.Count > KeepAtMost || _maps.Count >= 16) return;
        map.Clear();
        _maps.Push(map);
    }

    public List<Expr> List(int expected = 0)
    {
        if (expected > KeepAtMost && _largeList is { } large)
        {
            _largeList = null;
            return large;
        }
        return _lists.Count > 0 ? _lists.Pop() : new List<Expr>(Math.Max(8, Math.Min(expected, LargeAtMost)));
    }

    public void Return(List<Expr> list)
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
