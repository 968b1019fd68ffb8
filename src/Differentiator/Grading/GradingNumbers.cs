using System.Globalization;
using System.Numerics;

namespace Differentiator.Grading;

/// <summary>How the grader writes numbers: round-trip doubles, and a constant factor as a fraction when it is one.</summary>
public static class GradingNumbers
{
    /// <summary>The shortest text that reads back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// Two values as short as they can be written and still differ: <c>6.98</c> and <c>8.1354</c>
    /// rather than <c>6.9799999999999995</c>; at least six significant digits, more when needed.
    /// </summary>
    public static (string First, string Second) Distinct(double first, double second)
    {
        for (var digits = 6; digits <= 16; digits++)
        {
            var (a, b) = (first.ToString("G" + digits, CultureInfo.InvariantCulture), second.ToString("G" + digits, CultureInfo.InvariantCulture));
            if (a != b) return (a, b);
        }
        return (Format(first), Format(second));
    }

    /// <summary>Points as <c>2</c> or <c>1.5</c>: at most three decimals, none when whole.</summary>
    public static string Points(double points) => points.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A point as <c>x = 0.734, y = -1.42</c>, each value round-trip.</summary>
    public static string Point(IEnumerable<KeyValuePair<string, double>> coordinates) =>
        string.Join(", ", coordinates.Select(c => $"{c.Key} = {Format(c.Value)}"));

    /// <summary>A value with six significant digits: <c>0.163033</c>.</summary>
    public static string Short(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>A ratio as <c>1/2</c>, <c>-3</c>, <c>2/3</c> when it is close to a fraction with a small denominator, else a rounded decimal.</summary>
    public static string Ratio(double value)
    {
        for (var q = 1; q <= 12; q++)
        {
            var p = Math.Round(value * q);
            if (Math.Abs(p) < 1e6 && Math.Abs(value * q - p) <= 1e-7 * Math.Max(1, Math.Abs(p)))
            {
                var g = (int)BigInteger.GreatestCommonDivisor(new BigInteger(p), q);
                var (n, d) = ((long)p / g, q / g);
                return d == 1 ? n.ToString(CultureInfo.InvariantCulture) : $"{n}/{d}";
            }
        }
        return value.ToString("G6", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a number written in a file (invariant culture, exponents allowed).</summary>
    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
