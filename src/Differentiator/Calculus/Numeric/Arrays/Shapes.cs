using System.Globalization;

namespace Differentiator.Calculus.Numeric;

/// <summary>Helpers for array shapes.</summary>
internal static class Shapes
{
    /// <summary>The number of elements: the product of the extents (1 for a 0-d shape).</summary>
    public static int Count(IReadOnlyList<int> shape)
    {
        var count = 1;
        foreach (var extent in shape)
        {
            if (extent < 0) throw new ArgumentException("An array extent cannot be negative.", nameof(shape));
            count = checked(count * extent);
        }
        return count;
    }

    /// <summary>The flat C-order offset of a multi-index.</summary>
    public static int Offset(IReadOnlyList<int> shape, IReadOnlyList<int> index)
    {
        if (index.Count != shape.Count)
            throw new ArgumentException($"The array has {shape.Count} axes, the index {index.Count}.", nameof(index));
        var offset = 0;
        for (var axis = 0; axis < shape.Count; axis++)
        {
            var i = index[axis];
            if (i < 0) i += shape[axis];
            if (i < 0 || i >= shape[axis])
                throw new IndexOutOfRangeException($"Index {index[axis]} is out of bounds for axis {axis} with size {shape[axis]}.");
            offset = offset * shape[axis] + i;
        }
        return offset;
    }

    /// <summary>Python's tuple text of a shape: <c>(2, 2)</c>, <c>(1,)</c>, <c>()</c>.</summary>
    public static string Text(IReadOnlyList<int> shape) => shape.Count switch
    {
        0 => "()",
        1 => "(" + shape[0].ToString(CultureInfo.InvariantCulture) + ",)",
        _ => "(" + string.Join(", ", shape.Select(i => i.ToString(CultureInfo.InvariantCulture))) + ")",
    };

    public static bool Equal(IReadOnlyList<int> a, IReadOnlyList<int> b) => a.SequenceEqual(b);
}
