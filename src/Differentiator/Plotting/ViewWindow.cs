namespace Differentiator.Plotting;

/// <summary>
/// The vertical window of a picture: all of the curves' ordinary values, with the values near a
/// pole (outliers far beyond the bulk) cut off so that they do not flatten the rest.
/// </summary>
internal static class ViewWindow
{
    /// <summary>The window around <paramref name="values"/> (finite samples of every curve), with a margin of 5 %.</summary>
    public static PlotRange Around(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0) return new PlotRange(-1, 1);
        var low = Quantile(sorted, 0.02);
        var high = Quantile(sorted, 0.98);
        var spread = high - low;
        // A smooth curve's extremes lie within one spread of its bulk; a pole's do not.
        var top = sorted[^1] <= high + spread ? sorted[^1] : high + spread / 4;
        var bottom = sorted[0] >= low - spread ? sorted[0] : low - spread / 4;
        if (top - bottom < 1e-12 * Math.Max(1, Math.Abs(top))) return new PlotRange(bottom - 1, top + 1);
        var margin = (top - bottom) * 0.05;
        return new PlotRange(bottom - margin, top + margin);
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Round(q * (sorted.Length - 1))];
}
