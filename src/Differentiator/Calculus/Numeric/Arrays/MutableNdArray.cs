namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A working copy of an <see cref="NdArray"/> for algorithms that write elements in place, as the
/// lecture's code does (<c>x[idx] = tmp + delta</c>). Writing a double into an int64 array stores
/// it truncated toward zero, exactly as NumPy does.
/// </summary>
public sealed class MutableNdArray
{
    private readonly int[] _shape;
    private readonly double[]? _doubles;
    private readonly long[]? _longs;

    internal MutableNdArray(int[] shape, double[]? doubles, long[]? longs)
    {
        _shape = shape;
        _doubles = doubles;
        _longs = longs;
    }

    /// <summary>The extent of each axis.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The element type.</summary>
    public DType DType => _doubles is null ? DType.Int64 : DType.Float64;

    /// <summary>The number of elements.</summary>
    public int Count => _doubles?.Length ?? _longs!.Length;

    /// <summary>The element at a flat offset, as a double.</summary>
    public double GetDouble(int flat) => _doubles is null ? _longs![flat] : _doubles[flat];

    /// <summary>
    /// Stores <paramref name="value"/> at a flat offset and returns the value actually stored: the
    /// value itself in a float64 array, its truncation toward zero in an int64 array.
    /// </summary>
    public double Set(int flat, double value)
    {
        if (_doubles is not null) return _doubles[flat] = value;
        var stored = DTypes.TruncateToInt64(value);
        _longs![flat] = stored;
        return stored;
    }

    /// <summary>Copies the values into <paramref name="destination"/> as doubles, in C order.</summary>
    public void CopyTo(Span<double> destination)
    {
        if (_doubles is not null) _doubles.CopyTo(destination);
        else for (var i = 0; i < _longs!.Length; i++) destination[i] = _longs[i];
    }

    /// <summary>An immutable snapshot.</summary>
    public NdArray ToImmutable() => NdArray.Wrap(_shape, _doubles is null ? null : (double[])_doubles.Clone(), _longs is null ? null : (long[])_longs.Clone());

    /// <summary>NumPy's printing of the current values.</summary>
    public override string ToString() => ToImmutable().ToString();

    /// <summary>One element as Python prints a NumPy scalar.</summary>
    public string ElementText(int flat) =>
        _doubles is null ? _longs![flat].ToString(System.Globalization.CultureInfo.InvariantCulture) : NumPyFloatText.Repr(_doubles[flat]);
}
