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
/// with a comparer calls it through an interface at every probe), and each slot keeps its key's hash, so a
/// probe compares ints before it compares nodes. Emptied for reuse, it keeps its arrays.
/// </summary>
internal sealed class NodeTable<TRule> where TRule : struct, INodeKeyRule
{
    private const int MinCapacity = 16;

    private Expr?[] _keys = null!;
    private Expr?[] _values = null!;
    private int[] _hashes = null!;
    private int _shift;

    /// <param name="expected">About how many entries it will hold (sizes it once, so a large run does not grow it step by step).</param>
    public NodeTable(int expected = 0) => Allocate(CapacityFor(expected));

    public int Count { get; private set; }

    /// <summary>The number of slots (what emptying costs).</summary>
    public int Capacity => _keys.Length;

    /// <summary>The value stored for a key equal to <paramref name="key"/> under the rule.</summary>
    public bool TryGetValue(Expr key, out Expr value)
    {
        var hash = TRule.Hash(key);
        var keys = _keys;
        var hashes = _hashes;
        var mask = keys.Length - 1;
        for (var i = Start(hash); ; i = (i + 1) & mask)
        {
            var k = keys[i];
            if (k is null) break;
            if (hashes[i] == hash && (ReferenceEquals(k, key) || TRule.Same(k, key)))
            {
                value = _values[i]!;
                return true;
            }
        }
        value = null!;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/>, replacing the value of an equal key.</summary>
    public void Set(Expr key, Expr value) => Put(key, value, replace: true);

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> unless an equal key is there; whether it did.</summary>
    public bool TryAdd(Expr key, Expr value) => Put(key, value, replace: false);

    /// <summary>Makes room for about <paramref name="expected"/> entries.</summary>
    public void EnsureCapacity(int expected)
    {
        var capacity = CapacityFor(expected);
        if (capacity > _keys.Length) Rehash(capacity);
    }

    /// <summary>Empties the table, keeping its arrays.</summary>
    public void Clear()
    {
        if (Count == 0) return;
        Array.Clear(_keys);
        Array.Clear(_values);
        Count = 0;
    }

    private bool Put(Expr key, Expr value, bool replace)
    {
        if ((Count + 1) * 4 > _keys.Length * 3) Rehash(_keys.Length * 2);
        var hash = TRule.Hash(key);
        var keys = _keys;
        var mask = keys.Length - 1;
        var i = Start(hash);
        for (; keys[i] is { } k; i = (i + 1) & mask)
        {
            if (_hashes[i] != hash || !(ReferenceEquals(k, key) || TRule.Same(k, key))) continue;
            if (replace) Slot(_values, i) = value;
            return replace;
        }
        Slot(keys, i) = key;
        Slot(_values, i) = value;
        _hashes[i] = hash;
        Count++;
        return true;
    }

    /// <summary>Fibonacci hashing: the top bits of hash × 2^32/φ, so clustered hashes spread.</summary>
    private int Start(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private static int CapacityFor(int expected) =>
        expected <= MinCapacity * 3 / 4 ? MinCapacity : (int)BitOperations.RoundUpToPowerOf2((uint)Math.Min((long)expected * 4 / 3 + 1, 1 << 30));

    private void Allocate(int capacity)
    {
        _keys = new Expr?[capacity];
        _values = new Expr?[capacity];
        _hashes = new int[capacity];
        _shift = 32 - BitOperations.Log2((uint)capacity);
    }

    private void Rehash(int capacity)
    {
        var (keys, values, hashes) = (_keys, _values, _hashes);
        Allocate(capacity);
        var mask = capacity - 1;
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] is not { } k) continue;
            var i = Start(hashes[j]);
            while (_keys[i] is not null) i = (i + 1) & mask;
            Slot(_keys, i) = k;
            Slot(_values, i) = values[j];
            _hashes[i] = hashes[j];
        }
    }

    /// <summary>A slot written without the array-covariance check of an element store (the arrays are exactly <c>Expr?[]</c>); <paramref name="i"/> is masked into range.</summary>
    private static ref Expr? Slot(Expr?[] array, int i) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), i);
}

/// <summary>Keys by identity (a memo of nodes already met), hashed by their cached structural hash.</summary>
internal readonly struct ByIdentity : INodeKeyRule
{
    public static int Hash(Expr node) => node.GetHashCode();

    public static bool Same(Expr a, Expr b) => false; // identity is checked before the rule is asked
}
