using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>How a <see cref="NodeTable{TRule}"/> hashes and compares its keys.</summary>
internal interface INodeKeyRule
{
    static abstract int Hash(Expr node);

    static abstract bool Same(Expr a, Expr b);
}

/// <summary>
/// An open-addressing table from nodes to nodes: the interning table and the memos of a run. The rule is a
/// struct, so hashing and comparing are direct calls (a <see cref="HashSet{T}"/> or <see cref="Dictionary{TKey, TValue}"/>
/// with a comparer calls it through an interface at every probe). The probed slots hold only ints (an entry's
/// index and its key's hash), and the entries are appended in order: a large table's references are written
/// one after another, so each young-generation collection rescans only the few cards written since the last,
/// where references written at random slots of a table on the large-object heap would have it rescan most of
/// the table every time, which made differentiating a 100,000-term sum grow faster than its size.
/// </summary>
internal sealed class NodeTable<TRule> where TRule : struct, INodeKeyRule
{
    private const int MinSlots = 16;

    private Probe[] _slots = null!;
    private Expr[] _keys;
    private Expr[] _values;
    private int _shift;

    /// <param name="expected">About how many entries it will hold (sizes it once, so a large run does not grow it step by step).</param>
    public NodeTable(int expected = 0)
    {
        AllocateSlots(SlotsFor(expected));
        _keys = new Expr[Math.Max(expected, 8)];
        _values = new Expr[_keys.Length];
    }

    public int Count { get; private set; }

    /// <summary>The number of slots (what emptying costs).</summary>
    public int Capacity => _slots.Length;

    /// <summary>The value stored for a key equal to <paramref name="key"/> under the rule.</summary>
    public bool TryGetValue(Expr key, out Expr value)
    {
        var at = Find(key, TRule.Hash(key), out _);
        value = at >= 0 ? _values[at] : null!;
        return at >= 0;
    }

    /// <summary>The position (in the order added) of a key equal to <paramref name="key"/>, or −1.</summary>
    public int IndexOf(Expr key) => Find(key, TRule.Hash(key), out _);

    /// <summary>
    /// Stores <paramref name="value"/> for <paramref name="key"/> unless an equal key is there, in one probe;
    /// the value stored for that key either way.
    /// </summary>
    public Expr GetOrAdd(Expr key, Expr value, out bool added)
    {
        added = Put(key, value, replace: false, out var at);
        return added ? value : _values[at];
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>, replacing the value of an equal key.</summary>
    public void Set(Expr key, Expr value) => Put(key, value, replace: true, out _);

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> unless an equal key is there; whether it did.</summary>
    public bool TryAdd(Expr key, Expr value) => Put(key, value, replace: false, out _);

    /// <summary>Makes room for about <paramref name="expected"/> entries.</summary>
    public void EnsureCapacity(int expected)
    {
        var slots = SlotsFor(expected);
        if (slots > _slots.Length) Rehash(slots);
        if (expected > _keys.Length) ResizeEntries(expected);
    }

    /// <summary>Empties the table, keeping its arrays.</summary>
    public void Clear()
    {
        if (Count == 0) return;
        Array.Clear(_slots);
        Array.Clear(_keys, 0, Count);
        Array.Clear(_values, 0, Count);
        Count = 0;
    }

    /// <summary>The entry of a key equal to <paramref name="key"/>, or −1 with <paramref name="free"/> the empty slot where it would go.</summary>
    private int Find(Expr key, int hash, out int free)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Start(hash); ; i = (i + 1) & mask)
        {
            var probe = slots[i];
            var entry = probe.Entry - 1;
            if (entry < 0)
            {
                free = i;
                return -1;
            }
            if (probe.Hash != hash) continue;
            var k = _keys[entry];
            if (ReferenceEquals(k, key) || TRule.Same(k, key))
            {
                free = -1;
                return entry;
            }
        }
    }

    /// <summary>Adds (or with <paramref name="replace"/> updates); <paramref name="at"/> is the key's entry. Whether it added or replaced.</summary>
    private bool Put(Expr key, Expr value, bool replace, out int at)
    {
        if ((Count + 1) * 4 > _slots.Length * 3) Rehash(_slots.Length * 2);
        var hash = TRule.Hash(key);
        at = Find(key, hash, out var free);
        if (at >= 0)
        {
            if (replace) Slot(_values, at) = value;
            return replace;
        }
        if (Count == _keys.Length) ResizeEntries(Count * 2);
        at = Count;
        Slot(_keys, at) = key;
        Slot(_values, at) = value;
        _slots[free] = new Probe(++Count, hash);
        return true;
    }

    /// <summary>Fibonacci hashing: the top bits of hash × 2^32/φ, so clustered hashes spread.</summary>
    private int Start(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private static int SlotsFor(int expected) =>
        expected <= MinSlots * 3 / 4 ? MinSlots : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Min((long)expected * 4 / 3 + 1, 1 << 30));

    private void AllocateSlots(int count)
    {
        _slots = new Probe[count];
        _shift = 32 - BitOperations.Log2((uint)count);
    }

    private void ResizeEntries(int capacity)
    {
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _values, capacity);
    }

    private void Rehash(int slotCount)
    {
        AllocateSlots(slotCount);
        var mask = slotCount - 1;
        for (var e = 0; e < Count; e++)
        {
            var hash = TRule.Hash(_keys[e]);
            var i = Start(hash);
            while (_slots[i].Entry != 0) i = (i + 1) & mask;
            _slots[i] = new Probe(e + 1, hash);
        }
    }

    /// <summary>A slot: the entry's index + 1 (0 is empty) and its key's hash, side by side so a probe reads one cache line.</summary>
    private readonly record struct Probe(int Entry, int Hash);

    /// <summary>An entry written without the array-covariance check of an element store (the arrays are exactly <c>Expr[]</c>); <paramref name="i"/> is below the length.</summary>
    private static ref Expr Slot(Expr[] array, int i) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), i);
}

/// <summary>Keys by structure (the like-terms table).</summary>
internal readonly struct Structural : INodeKeyRule
{
    public static int Hash(Expr node) => node.GetHashCode();

    public static bool Same(Expr a, Expr b) => a.Equals(b);
}

/// <summary>Keys by identity (a memo of nodes already met), hashed by their cached structural hash.</summary>
internal readonly struct ByIdentity : INodeKeyRule
{
    public static int Hash(Expr node) => node.GetHashCode();

    public static bool Same(Expr a, Expr b) => false; // identity is checked before the rule is asked
}
