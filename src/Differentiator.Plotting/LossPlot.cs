using ScottPlot;

namespace Differentiator.Plotting;

/// <summary>A training run's loss against the epoch, on a log scale (the loss falls over orders of magnitude).</summary>
public static class LossPlot
{
    /// <summary>The picture of <paramref name="losses"/> (index 0: before training) as the bytes of a PNG or SVG file.</summary>
    public static byte[] Render(IReadOnlyList<double> losses, string title, ImageFormat format, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(losses);
        var plot = PlotRenderer.NewPlot();
        // At most 2,000 points: a picture has no more pixels across, and long runs stay cheap to draw.
        var stride = Math.Max(1, losses.Count / 2000);
        var kept = Enumerable.Range(0, losses.Count).Where(i => i % stride == 0 || i == losses.Count - 1)
            .Where(i => double.IsFinite(losses[i]) && losses[i] > 0).ToList();
        double[] xs = [.. kept.Select(i => (double)i)];
        double[] ys = [.. kept.Select(i => Math.Log10(losses[i]))];
        var line = plot.Add.ScatterLine(xs, ys);
        line.LineWidth = 2;
        plot.Axes.Left.TickGenerator = PlotRenderer.LogTicks();
        plot.XLabel("epoch");
        plot.YLabel("loss (log scale)");
        plot.Title(title);
        return PlotRenderer.Render(plot, format, size ?? PictureSize.Default);
    }
}
