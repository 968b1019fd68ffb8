using System.Numerics;

namespace Differentiator.Calculus.Numeric;

/// <summary>How the digit generation of <see cref="Dragon4"/> is cut off.</summary>
internal enum CutoffMode
{
    /// <summary>No cutoff: the shortest digits that identify the double uniquely.</summary>
    None,
    /// <summary>At most this many significant digits.</summary>
    TotalLength,
    /// <summary>At most this many digits after the decimal point.</summary>
    FractionLength,
}

/// <summary>
/// Steele and White's Dragon4 in NumPy's "unique" mode, on exact big integers: the shortest digit
/// string that reads back as the same double, optionally cut off at a number of significant or
/// fractional digits, where the last digit is rounded from the exact binary value (ties to even).
/// This is the digit source of NumPy's <c>format_float_positional</c> and
/// <c>format_float_scientific</c>, and so of every float NumPy prints.
/// </summary>
internal static class Dragon4
{
    private const double Log10Of2 = 0.30102999566398119521373889472449;

    /// <summary>
    /// The digits of a positive finite <paramref name="value"/> and the decimal exponent of the first
    /// digit (value ≈ 0.d1d2… × 10^(exponent+1)). Zero gives "0" with exponent 0.
    /// </summary>
    public static (string Digits, int Exponent) Generate(double value, CutoffMode mode, int cutoff)
    {
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
        var biased = (int)(bits >> 52) & 0x7FF;
        var fraction = bits & 0xFFFFFFFFFFFFFL;
        long mantissa;
        int exponent;
        bool unequalMargins;
        if (biased != 0)
        {
            mantissa = fraction | (1L << 52);
            exponent = biased - 1075;
            unequalMargins = biased != 1 && fraction == 0;
        }
        else
        {
            mantissa = fraction;
            exponent = -1074;
            unequalMargins = false;
        }
        if (mantissa == 0) return ("0", 0);
        var mantissaBit = 63 - BitOperations.LeadingZeroCount((ulong)mantissa);
        var isEven = (mantissa & 1) == 0;

        BigInteger scaledValue, scale, marginLow;
        var m = new BigInteger(mantissa);
        if (exponent > 0)
        {
            scaledValue = m << (exponent + (unequalMargins ? 2 : 1));
            scale = unequalMargins ? 4 : 2;
            marginLow = BigInteger.One << exponent;
        }
        else
        {
            scaledValue = m << (unequalMargins ? 2 : 1);
            scale = BigInteger.One << (-exponent + (unequalMargins ? 2 : 1));
            marginLow = BigInteger.One;
        }
        var marginHigh = unequalMargins ? marginLow * 2 : marginLow;

        // An estimate of floor(log10(v)) + 1 that is right or one too small (Burger and Dybvig).
        var digitExponent = (int)Math.Ceiling((mantissaBit + exponent) * Log10Of2 - 0.69);
        if (mode == CutoffMode.FractionLength && digitExponent <= -cutoff) digitExponent = -cutoff + 1;

        if (digitExponent > 0) scale *= BigInteger.Pow(10, digitExponent);
        else if (digitExponent < 0)
        {
            var pow10 = BigInteger.Pow(10, -digitExponent);
            scaledValue *= pow10;
            marginLow *= pow10;
            marginHigh = unequalMargins ? marginLow * 2 : marginLow;
        }

        if (scaledValue >= scale) digitExponent++;
        else
        {
            scaledValue *= 10;
            marginLow *= 10;
            marginHigh = unequalMargins ? marginLow * 2 : marginLow;
        }

        var cutoffExponent = digitExponent - 4096;
        if (mode == CutoffMode.TotalLength) cutoffExponent = Math.Max(cutoffExponent, digitExponent - cutoff);
        else if (mode == CutoffMode.FractionLength) cutoffExponent = Math.Max(cutoffExponent, -cutoff);
        var printExponent = digitExponent - 1;

        var digits = new List<char>(20);
        int outputDigit;
        bool low, high;
        while (true)
        {
            digitExponent--;
            outputDigit = (int)BigInteger.DivRem(scaledValue, scale, out scaledValue);
            var valueHigh = scaledValue + marginHigh;
            var cmpLow = scaledValue.CompareTo(marginLow);
            low = isEven ? cmpLow <= 0 : cmpLow < 0;
            var cmpHigh = valueHigh.CompareTo(scale);
            high = isEven ? cmpHigh >= 0 : cmpHigh > 0;
            if (low || high || digitExponent == cutoffExponent) break;
            digits.Add((char)('0' + outputDigit));
            scaledValue *= 10;
            marginLow *= 10;
            marginHigh = unequalMargins ? marginLow * 2 : marginLow;
        }

        var roundDown = low;
        if (low == high)
        {
            var compare = (scaledValue * 2).CompareTo(scale);
            roundDown = compare < 0;
            if (compare == 0) roundDown = (outputDigit & 1) == 0;
        }

        if (roundDown) digits.Add((char)('0' + outputDigit));
        else if (outputDigit < 9) digits.Add((char)('0' + outputDigit + 1));
        else
        {
            // Carry through trailing nines; all nines become a single 1 one decade up.
            while (digits.Count > 0 && digits[^1] == '9') digits.RemoveAt(digits.Count - 1);
            if (digits.Count == 0)
            {
                digits.Add('1');
                printExponent++;
            }
            else digits[^1]++;
        }
        return (new string([.. digits]), printExponent);
    }
}
