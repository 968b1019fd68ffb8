using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Keys in the order they were first added, each with an accumulated value: the like-terms and
/// like-factors table. Small tables (most sums and products) search linearly; larger ones add a
/// hash index, so collecting stays linear for 10,000-term polynomials.
/// </summary>
internal sealed class OrderedGroups<T>
{
    private const int IndexThreshold = 8;

    private readonly List<Expr> _keys = [];
    private readonly List<T> _values = [];
    private Dictionary<Expr, int>? _index;

    public int Count => _keys.Count;

    public Expr KeyAt(int i) => _keys[i];

    public T ValueAt(int i) => _values[i];

    public void SetValueAt(int i, T value) => _values[i] = value;

    /// <summary>The position of <paramref name="key"/>, or −1.</summary>
    public int IndexOf(Expr key)
    {
        if (_index is not null) return _index.TryGetValue(key, out var i) ? i : -1;
        for (var i = 0; i < _keys.Count; i++)
            if (ReferenceEquals(_keys[i], key) || _keys[i].Equals(key)) return i;
        return -1;
    }

    public void Add(Expr key, T value)
    {
        _keys.Add(key);
        _values.Add(value);
        if (_index is not null) _index.Add(key, _keys.Count - 1);
        else if (_keys.Count > IndexThreshold)
        {
            _index = new Dictionary<Expr, int>(_keys.Count * 2);
            for (var i = 0; i < _keys.Count; i++) _index.Add(_keys[i], i);
        }
    }

    /// <summary>Removes the entries at the given positions and inserts one at <paramref name="position"/> (used by rewriting passes).</summary>
    public void Replace(IEnumerable<int> remove, int position, Expr key, T value)
    {
        foreach (var i in remove.OrderDescending())
        {
            _keys.RemoveAt(i);
            _values.RemoveAt(i);
        }
        _keys.Insert(Math.Min(position, _keys.Count), key);
        _values.Insert(Math.Min(position, _values.Count), value);
        _index = null;
        if (_keys.Count > IndexThreshold)
        {
            _index = [];
            for (var i = 0; i < _keys.Count; i++) _index.Add(_keys[i], i);
        }
    }
}
