namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Visits every element of an array of any shape in C order, like NumPy's
/// <c>np.nditer(x, flags=['multi_index'])</c>: one loop serves scalars, vectors, matrices and
/// higher ranks alike (the lecture's Problem 1).
/// </summary>
public static class ElementIterator
{
    /// <summary>Every element position of an array with this shape, in C order.</summary>
    public static IEnumerable<ElementIndex> Over(IReadOnlyList<int> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var count = Shapes.Count(shape);
        var index = new int[shape.Count];
        for (var flat = 0; flat < count; flat++)
        {
            yield return new ElementIndex(flat, (int[])index.Clone());
            // Odometer step: the last axis runs fastest.
            for (var axis = index.Length - 1; axis >= 0; axis--)
            {
                if (++index[axis] < shape[axis]) break;
                index[axis] = 0;
            }
        }
    }

    /// <summary>Every element position of <paramref name="array"/>, in C order.</summary>
    public static IEnumerable<ElementIndex> Over(NdArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        return Over(array.Shape);
    }
}
