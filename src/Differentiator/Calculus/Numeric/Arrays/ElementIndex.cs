namespace Differentiator.Calculus.Numeric;

/// <summary>
/// One element's position in an array: its flat (C order) offset and its multi-index, which prints
/// like NumPy's <c>multi_index</c> tuple: <c>(0,)</c>, <c>(1, 0)</c>, <c>()</c> for a 0-d array.
/// </summary>
public sealed class ElementIndex
{
    private readonly int[] _index;

    internal ElementIndex(int flat, int[] index)
    {
        Flat = flat;
        _index = index;
    }

    /// <summary>The offset in C (row-major) order.</summary>
    public int Flat { get; }

    /// <summary>The index along each axis.</summary>
    public IReadOnlyList<int> Index => _index;

    /// <summary>Python's tuple text: <c>(0,)</c>, <c>(0, 1)</c>, <c>()</c>.</summary>
    public override string ToString() => Shapes.Text(_index);
}
