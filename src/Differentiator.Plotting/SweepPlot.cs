using System.Globalization;
using Differentiator.Calculus.Numeric;
using Differentiator.Reports;
using ScottPlot;

namespace Differentiator.Plotting;

/// <summary>
/// The step-size sweep as a log-log picture: error against h for each variable, the V of
/// truncation error (right) and round-off (left), the measured best h marked.
/// </summary>
public static class SweepPlot
{
    /// <summary>
    /// The picture of a comparison's sweeps (every variable that has one), titled with the formula
    /// and the point, as the bytes of a PNG or SVG file.
    /// </summary>
    /// <exception cref="InvalidInputException">No variable has a sweep (no finite exact derivative to sweep against).</exception>
    public static byte[] Render(CompareReport report, ImageFormat format, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Comparison;
        var sweeps = c.Variables.Where(v => v.Sweep is not null).Select(v => (v.Variable, v.Sweep!)).ToList();
        if (sweeps.Count == 0) throw new InvalidInputException("No variable has a finite exact derivative to sweep against, so there is nothing to plot.");
        var at = string.Join(", ", c.Point.Select(p => $"{p.Name} = {p.ValueText}"));
        return Render(sweeps, $"central difference error of {report.Formula.ToText()} at {at}", format, size);
    }

    /// <summary>The picture of <paramref name="sweeps"/> (label, sweep) as the bytes of a PNG or SVG file.</summary>
    public static byte[] Render(IReadOnlyList<(string Label, StepSweep Sweep)> sweeps, string title, ImageFormat format, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        var plot = PlotRenderer.NewPlot();
        foreach (var (label, sweep) in sweeps)
        {
            // Log-log: plot log10 of both; an exact zero error is drawn at the floor 1e-17.
            var points = sweep.Points.Where(p => double.IsFinite(p.AbsoluteError)).ToList();
            double[] xs = [.. points.Select(p => Math.Log10(p.Step))];
            double[] ys = [.. points.Select(p => Math.Log10(Math.Max(p.AbsoluteError, 1e-17)))];
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = $"∂f/∂{label} (best h = {sweep.Best.Step.ToString("0e+00", CultureInfo.InvariantCulture)})";
            var best = plot.Add.VerticalLine(Math.Log10(sweep.Best.Step));
            best.LinePattern = LinePattern.Dashed;
            best.Color = line.Color;
        }
        plot.Axes.Bottom.TickGenerator = PlotRenderer.LogTicks();
        plot.Axes.Left.TickGenerator = PlotRenderer.LogTicks();
        plot.XLabel("step h");
        plot.YLabel("|central difference - exact|");
        plot.Title(title);
        plot.ShowLegend();
        return PlotRenderer.Render(plot, format, size ?? PictureSize.Default);
    }
}
