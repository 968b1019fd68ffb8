namespace Differentiator.Calculus.Numeric;

/// <summary>
/// An immutable n-dimensional array of any shape (0-d, vector, matrix, higher) whose elements are
/// int64 or float64, as NumPy's <c>ndarray</c> holds them. <see cref="ToMutable"/> gives a working
/// copy whose element writes convert as NumPy converts (a double written into an int64 array is
/// truncated toward zero). <see cref="ToString"/> prints the way NumPy 1.24's <c>str()</c> does.
/// </summary>
public sealed class NdArray
{
    private readonly int[] _shape;
    private readonly double[]? _doubles;
    private readonly long[]? _longs;

    private NdArray(int[] shape, double[]? doubles, long[]? longs)
    {
        _shape = shape;
        _doubles = doubles;
        _longs = longs;
    }

    /// <summary>The extent of each axis; empty for a 0-d array.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The number of axes.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements.</summary>
    public int Count => _doubles?.Length ?? _longs!.Length;

    /// <summary>The element type.</summary>
    public DType DType => _doubles is null ? DType.Int64 : DType.Float64;

    /// <summary>The element at a multi-index, as a double.</summary>
    public double this[params int[] index] => GetDouble(Shapes.Offset(_shape, index));

    /// <summary>The element at a flat (C order) offset, as a double.</summary>
    public double GetDouble(int flat) => _doubles is null ? _longs![flat] : _doubles[flat];

    /// <summary>The element at a flat offset of an int64 array.</summary>
    /// <exception cref="InvalidOperationException">The array is float64.</exception>
    public long GetInt64(int flat) =>
        _longs is null ? throw new InvalidOperationException("The array is float64; read it with GetDouble.") : _longs[flat];

    /// <summary>All elements in C order, as doubles.</summary>
    public double[] ToDoubleArray() => _doubles is null ? [.. _longs!.Select(v => (double)v)] : (double[])_doubles.Clone();

    /// <summary>A float64 array from values in C order.</summary>
    public static NdArray FromDoubles(IReadOnlyList<int> shape, IEnumerable<double> values) => Build(shape, [.. values], null);

    /// <summary>An int64 array from values in C order.</summary>
    public static NdArray FromInt64s(IReadOnlyList<int> shape, IEnumerable<long> values) => Build(shape, null, [.. values]);

    /// <summary>A float64 vector.</summary>
    public static NdArray Vector(params double[] values) => FromDoubles([values.Length], values);

    /// <summary>An int64 vector.</summary>
    public static NdArray Vector(params long[] values) => FromInt64s([values.Length], values);

    /// <summary>A 0-d float64 array.</summary>
    public static NdArray Scalar(double value) => FromDoubles([], [value]);

    /// <summary>A 0-d int64 array.</summary>
    public static NdArray Scalar(long value) => FromInt64s([], [value]);

    /// <summary>An array of zeros.</summary>
    public static NdArray Zeros(IReadOnlyList<int> shape, DType dtype)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var count = Shapes.Count(shape);
        return dtype == DType.Float64 ? new([.. shape], new double[count], null) : new([.. shape], null, new long[count]);
    }

    /// <summary>NumPy's <c>zeros_like</c>: zeros of the same shape, and of the same dtype unless one is given.</summary>
    public static NdArray ZerosLike(NdArray array, DType? dtype = null)
    {
        ArgumentNullException.ThrowIfNull(array);
        return Zeros(array._shape, dtype ?? array.DType);
    }

    /// <summary>
    /// Parses an array literal as <c>np.array</c> reads it: <c>[3]</c> is int64, <c>[1.0, 2.0]</c>
    /// and any literal with a decimal point or exponent anywhere is float64, <c>3.0</c> alone is 0-d.
    /// </summary>
    /// <exception cref="InvalidInputException">The text is not a rectangular array of numbers.</exception>
    public static NdArray Parse(string text)
    {
        var literal = ArrayLiteral.Parse(text);
        var anyDecimal = literal.Items.Any(IsDecimalText);
        if (anyDecimal)
            return FromDoubles(literal.Shape, literal.Items.Select(ParseDouble));
        return FromInt64s(literal.Shape, literal.Items.Select(ParseLong));
    }

    /// <summary>A working copy whose element writes follow NumPy's conversions.</summary>
    public MutableNdArray ToMutable() => new(_shape, _doubles is null ? null : (double[])_doubles.Clone(), _longs is null ? null : (long[])_longs.Clone());

    /// <summary>The same values as float64 (<c>x.astype(np.float64)</c>).</summary>
    public NdArray AsFloat64() => DType == DType.Float64 ? this : new(_shape, ToDoubleArray(), null);

    /// <summary>NumPy 1.24's <c>str(array)</c>: <c>[3.]</c>, <c>[ 8. 15.]</c>, <c>[[ 5. 13.]\n [32. 15.]]</c>, <c>[249999]</c>.</summary>
    public override string ToString() => NumPyArrayPrinter.Print(this);

    /// <summary>One element as Python prints a NumPy scalar: <c>3.0</c>, <c>6.000000000039306</c>, <c>249999</c>.</summary>
    public string ElementText(int flat) =>
        _doubles is null ? _longs![flat].ToString(System.Globalization.CultureInfo.InvariantCulture) : NumPyFloatText.Repr(_doubles[flat]);

    internal static NdArray Wrap(int[] shape, double[]? doubles, long[]? longs) => new(shape, doubles, longs);

    private static NdArray Build(IReadOnlyList<int> shape, double[]? doubles, long[]? longs)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var count = Shapes.Count(shape);
        var length = doubles?.Length ?? longs!.Length;
        if (length != count)
            throw new ArgumentException($"A shape {Shapes.Text(shape)} array holds {count} elements, not {length}.", nameof(shape));
        return new([.. shape], doubles, longs);
    }

    private static bool IsDecimalText(string item) =>
        item.Contains('.') || item.Contains('e') || item.Contains('E') || item is "inf" or "-inf" or "+inf" or "nan";

    private static double ParseDouble(string item) => item switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.TryParse(item, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw ArrayLiteral.Invalid($"'{item}' is not a number."),
    };

    private static long ParseLong(string item) =>
        long.TryParse(item, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v : throw ArrayLiteral.Invalid($"'{item}' is not an int64 integer.");
}
