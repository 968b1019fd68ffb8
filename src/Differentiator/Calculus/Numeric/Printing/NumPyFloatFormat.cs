namespace Differentiator.Calculus.Numeric;

/// <summary>
/// NumPy 1.24's <c>FloatingFormat</c> with the default print options (precision 8, floatmode
/// <c>maxprec</c>, no suppression): one format shared by all elements of an array, chosen from the
/// finite values. Scientific notation is used when the largest magnitude is at least 1e8, the
/// smallest non-zero one is below 1e-4, or their ratio exceeds 1000; otherwise positional, at most 8
/// fractional digits with trailing zeros trimmed (<c>15.</c>, <c>15.00000001</c>), every element
/// padded to the common integer and fraction widths.
/// </summary>
internal sealed class NumPyFloatFormat
{
    private const int DefaultPrecision = 8;

    private bool _scientific;
    private int _precision = DefaultPrecision;
    private int _minDigits;
    private int _padLeft;
    private int _padRight;
    private int _expSize = -1;
    private TrimMode _trim = TrimMode.Zeros;

    private NumPyFloatFormat() { }

    public static NumPyFloatFormat For(IReadOnlyCollection<double> data)
    {
        var format = new NumPyFloatFormat();
        format.Fill(data);
        return format;
    }

    private void Fill(IReadOnlyCollection<double> data)
    {
        var finite = data.Where(double.IsFinite).ToList();
        var nonZero = finite.Where(v => v != 0).Select(Math.Abs).ToList();
        if (nonZero.Count > 0)
        {
            var max = nonZero.Max();
            var min = nonZero.Min();
            _scientific = max >= 1e8 || min < 0.0001 || max / min > 1000.0;
        }

        if (finite.Count == 0)
        {
            _padLeft = 0;
            _padRight = 0;
            _trim = TrimMode.Zeros;
            _expSize = -1;
            _minDigits = -1;
        }
        else if (_scientific)
        {
            var texts = finite.Select(v => Dragon4Format.Scientific(v, DefaultPrecision, TrimMode.Zeros)).ToList();
            var mantissas = texts.Select(t => t[..t.IndexOf('e', StringComparison.Ordinal)]).ToList();
            _expSize = texts.Max(t => t.Length - t.IndexOf('e', StringComparison.Ordinal) - 1) - 1;
            _trim = TrimMode.None;
            _precision = mantissas.Max(m => m.Length - m.IndexOf('.', StringComparison.Ordinal) - 1);
            _minDigits = _precision;
            _padLeft = mantissas.Max(m => m.IndexOf('.', StringComparison.Ordinal));
            _padRight = _expSize + 2 + _precision;
        }
        else
        {
            var texts = finite.Select(v => Dragon4Format.Positional(v, DefaultPrecision, TrimMode.Zeros)).ToList();
            _padLeft = texts.Max(t => t.IndexOf('.', StringComparison.Ordinal));
            _padRight = texts.Max(t => t.Length - t.IndexOf('.', StringComparison.Ordinal) - 1);
            _expSize = -1;
            _trim = TrimMode.Zeros;
            _minDigits = 0;
        }

        if (finite.Count != data.Count)
        {
            var negativeInfinity = data.Any(v => double.IsNegativeInfinity(v)) ? 1 : 0;
            var offset = _padRight + 1;
            _padLeft = Math.Max(_padLeft, Math.Max(3 - offset, 3 + negativeInfinity - offset));
        }
    }

    public string Format(double x)
    {
        if (!double.IsFinite(x))
        {
            var text = double.IsNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
            return new string(' ', Math.Max(0, _padLeft + _padRight + 1 - text.Length)) + text;
        }
        return _scientific
            ? Dragon4Format.Scientific(x, _precision, _trim, _padLeft, _expSize, _minDigits)
            : Dragon4Format.Positional(x, _precision, _trim, _padLeft, _padRight, _minDigits);
    }
}
