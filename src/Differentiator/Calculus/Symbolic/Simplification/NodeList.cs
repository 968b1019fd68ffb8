using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// The working list of the collectors and the engine. A <see cref="List{T}"/> of nodes checks every store
/// against the array's element type (a sum stored into an <c>Expr[]</c> goes through the runtime's cast
/// helper); this list owns an exact <c>Expr[]</c>, so it writes through a reference without that check.
/// </summary>
internal sealed class NodeList(int capacity)
{
    private Expr[] _items = new Expr[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public Expr this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _items[index];
        }
        set
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            Slot(index) = value;
        }
    }

    public void Add(Expr node)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        Slot(Count++) = node;
    }

    public void Insert(int index, Expr node)
    {
        if ((uint)index > (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        Array.Copy(_items, index, _items, index + 1, Count - index);
        Count++;
        Slot(index) = node;
    }

    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
        Count--;
        Array.Copy(_items, index + 1, _items, index, Count - index);
        Slot(Count) = null!;
    }

    /// <summary>Keeps the first <paramref name="count"/> nodes.</summary>
    public void Truncate(int count)
    {
        if ((uint)count > (uint)Count) throw new ArgumentOutOfRangeException(nameof(count));
        Array.Clear(_items, count, Count - count);
        Count = count;
    }

    public void Clear() => Truncate(0);

    public Span<Expr> AsSpan() => _items.AsSpan(0, Count);

    public Expr[] ToArray() => AsSpan().ToArray();

    private ref Expr Slot(int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), index);
}
