using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Keys in the order they were first added, each with an accumulated value: the like-terms and
/// like-factors table. Small tables (most sums and products) search linearly; larger ones add a
/// hash index, so collecting stays linear for 10,000-term polynomials.
/// </summary>
internal sealed class OrderedGroups<T>
{
    private const int IndexThreshold = 16;

    private (Expr Key, T Value)[] _entries;
    private NodeTable<Structural>? _index; // positions are the order of its entries
    private bool _indexed; // the index is kept (emptied) across reuses; this says whether it is in use

    public OrderedGroups(int capacity = 4) => _entries = new (Expr, T)[Math.Max(capacity, 2)];

    public int Count { get; private set; }

    /// <summary>Empties the table for reuse (a run keeps a few and lends them out).</summary>
    public void Clear()
    {
        Array.Clear(_entries, 0, Count);
        Count = 0;
        if (_indexed) _index!.Clear();
        _indexed = false;
    }

    public Expr KeyAt(int i) => _entries[i].Key;

    public T ValueAt(int i) => _entries[i].Value;

    public void SetValueAt(int i, T value) => _entries[i].Value = value;

    /// <summary>The position of <paramref name="key"/>, or −1.</summary>
    public int IndexOf(Expr key)
    {
        if (_indexed) return _index!.IndexOf(key);
        var entries = _entries;
        for (var i = 0; i < Count; i++)
            if (ReferenceEquals(entries[i].Key, key) || entries[i].Key.Equals(key)) return i;
        return -1;
    }

    public void Add(Expr key, T value)
    {
        if (Count == _entries.Length) Array.Resize(ref _entries, Count * 2);
        _entries[Count++] = (key, value);
        if (_indexed) _index!.TryAdd(key, key);
        else if (Count > IndexThreshold) Reindex();
    }

    /// <summary>Removes the entries at the given positions and inserts one at <paramref name="position"/> (used by rewriting passes).</summary>
    public void Replace(IEnumerable<int> remove, int position, Expr key, T value)
    {
        var list = _entries.Take(Count).ToList();
        foreach (var i in remove.OrderDescending()) list.RemoveAt(i);
        list.Insert(Math.Min(position, list.Count), (key, value));
        _entries = [.. list, default];
        Count = list.Count;
        _index?.Clear();
        _indexed = false;
        if (Count > IndexThreshold) Reindex();
    }

    private void Reindex()
    {
        _index ??= new NodeTable<Structural>(Count * 2);
        for (var i = 0; i < Count; i++) _index.TryAdd(_entries[i].Key, _entries[i].Key);
        _indexed = true;
    }
}
