using System.Globalization;
using System.Text;

namespace Differentiator.Calculus.Numeric;

/// <summary>How trailing zeros and the decimal point are treated (NumPy's <c>trim</c> argument).</summary>
internal enum TrimMode
{
    /// <summary><c>'k'</c>: keep trailing zeros (pad up to the minimum digits).</summary>
    None,
    /// <summary><c>'.'</c>: trim trailing zeros, keep the point: <c>3.</c>.</summary>
    Zeros,
    /// <summary><c>'0'</c>: trim trailing zeros but leave one: <c>3.0</c>.</summary>
    LeaveOneZero,
    /// <summary><c>'-'</c>: trim trailing zeros and the point: <c>3</c>.</summary>
    DptZeros,
}

/// <summary>
/// NumPy's <c>dragon4_positional</c> and <c>dragon4_scientific</c> in unique mode: the digits of
/// <see cref="Dragon4"/> laid out with a precision cutoff, trimming, minimum digits and padding.
/// </summary>
internal static class Dragon4Format
{
    /// <summary><c>np.format_float_positional(x, precision, unique=True, fractional=True, trim, pad_left, pad_right, min_digits)</c>.</summary>
    public static string Positional(double x, int precision = -1, TrimMode trim = TrimMode.LeaveOneZero, int padLeft = -1, int padRight = -1, int minDigits = -1)
    {
        var negative = double.IsNegative(x);
        var (digits, exponent) = Dragon4.Generate(x, precision >= 0 ? CutoffMode.FractionLength : CutoffMode.None, precision);
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        int wholeDigits, fractionDigits;
        if (exponent >= 0)
        {
            wholeDigits = exponent + 1;
            if (digits.Length <= wholeDigits)
            {
                sb.Append(digits).Append('0', wholeDigits - digits.Length);
                fractionDigits = 0;
            }
            else
            {
                sb.Append(digits, 0, wholeDigits).Append('.').Append(digits, wholeDigits, digits.Length - wholeDigits);
                fractionDigits = digits.Length - wholeDigits;
            }
        }
        else
        {
            wholeDigits = 1;
            var zeros = -(exponent + 1);
            sb.Append("0.").Append('0', zeros).Append(digits);
            fractionDigits = zeros + digits.Length;
        }
        if (fractionDigits == 0 && trim != TrimMode.DptZeros && sb[^1] != '.') sb.Append('.');
        fractionDigits = FinishFraction(sb, fractionDigits, precision, trim, minDigits);
        if (padRight >= fractionDigits)
        {
            if (trim == TrimMode.DptZeros && fractionDigits == 0) sb.Append(' ');
            sb.Append(' ', padRight - fractionDigits);
        }
        var signWidth = negative ? 1 : 0;
        if (padLeft > wholeDigits + signWidth) sb.Insert(0, " ", padLeft - wholeDigits - signWidth);
        return sb.ToString();
    }

    /// <summary><c>np.format_float_scientific(x, precision, unique=True, trim, pad_left, exp_digits, min_digits)</c>.</summary>
    public static string Scientific(double x, int precision = -1, TrimMode trim = TrimMode.DptZeros, int padLeft = -1, int expDigits = -1, int minDigits = -1)
    {
        var negative = double.IsNegative(x);
        var (digits, exponent) = Dragon4.Generate(x, precision >= 0 ? CutoffMode.TotalLength : CutoffMode.None, precision + 1);
        var sb = new StringBuilder();
        var leftChars = 1 + (negative ? 1 : 0);
        if (padLeft > leftChars) sb.Append(' ', padLeft - leftChars);
        if (negative) sb.Append('-');
        sb.Append(digits[0]);
        var fractionDigits = digits.Length - 1;
        if (fractionDigits > 0) sb.Append('.').Append(digits, 1, fractionDigits);
        else if (trim != TrimMode.DptZeros) sb.Append('.');
        FinishFraction(sb, fractionDigits, precision, trim, minDigits);
        if (expDigits < 0) expDigits = 2;
        sb.Append('e').Append(exponent < 0 ? '-' : '+')
          .Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture).PadLeft(expDigits, '0'));
        return sb.ToString();
    }

    /// <summary>Pads to the minimum digits, then trims trailing zeros as the mode says; returns the fraction length.</summary>
    private static int FinishFraction(StringBuilder sb, int fractionDigits, int precision, TrimMode trim, int minDigits)
    {
        if (trim == TrimMode.LeaveOneZero && fractionDigits == 0)
        {
            sb.Append('0');
            fractionDigits++;
        }
        if (minDigits > fractionDigits)
        {
            sb.Append('0', minDigits - fractionDigits);
            fractionDigits = minDigits;
        }
        if (precision >= 0 && trim != TrimMode.None && fractionDigits > 0)
        {
            while (sb[^1] == '0' && fractionDigits > 0)
            {
                sb.Length--;
                fractionDigits--;
            }
            if (trim == TrimMode.LeaveOneZero && sb[^1] == '.')
            {
                sb.Append('0');
                fractionDigits++;
            }
        }
        return fractionDigits;
    }
}
