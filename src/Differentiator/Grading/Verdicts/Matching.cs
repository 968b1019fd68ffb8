namespace Differentiator.Grading;

/// <summary>Comparisons of value vectors at the sample points (NaN where undefined).</summary>
internal static class Matching
{
    /// <summary>Defined at the same points, and agreeing wherever defined.</summary>
    public static bool SameValues(double[] a, double[] b, Agreement agreement)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (double.IsNaN(a[i]) != double.IsNaN(b[i])) return false;
            if (!double.IsNaN(a[i]) && !agreement.Agrees(b[i], a[i])) return false;
        }
        return true;
    }

    /// <summary>Agreeing at every point where both are defined, and defined together at half the points or more.</summary>
    public static bool Explains(double[] variant, double[] answer, Agreement agreement)
    {
        var compared = 0;
        for (var i = 0; i < variant.Length; i++)
        {
            if (double.IsNaN(variant[i]) || double.IsNaN(answer[i])) continue;
            if (!agreement.Agrees(variant[i], answer[i])) return false;
            compared++;
        }
        return compared > 0 && 2 * compared >= variant.Length;
    }

    /// <summary>The first point where both are defined and differ, or −1.</summary>
    public static int FirstDisagreement(double[] expected, double[] answer, Agreement agreement)
    {
        for (var i = 0; i < expected.Length; i++)
            if (!double.IsNaN(answer[i]) && !agreement.Agrees(expected[i], answer[i])) return i;
        return -1;
    }

    /// <summary>The constant k ≠ 0, 1 with answer = k · expected at every point where both are defined (two points at least), or null.</summary>
    public static double? ConstantFactor(double[] expected, double[] answer, Agreement agreement)
    {
        double? k = null;
        var compared = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(answer[i])) continue;
            if (k is null)
            {
                if (Math.Abs(expected[i]) <= agreement.Tolerance * agreement.Scale) continue;
                k = answer[i] / expected[i];
                if (!double.IsFinite(k.Value) || agreement.Agrees(1, k.Value) || Math.Abs(k.Value) <= agreement.Tolerance) return null;
            }
            if (!agreement.Agrees(k.Value * expected[i], answer[i])) return null;
            compared++;
        }
        return compared >= 2 ? k : null;
    }
}
