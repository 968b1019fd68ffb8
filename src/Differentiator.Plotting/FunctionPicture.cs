using ScottPlot;

namespace Differentiator.Plotting;

/// <summary>
/// Draws <see cref="PlotData"/>: one colour per curve, derivatives dashed and dotted, each
/// segment a separate line (so no line crosses a gap), values near a pole cut at the frame,
/// kinks circled, the axes through 0, a title and a legend with each curve's formula.
/// </summary>
public static class FunctionPicture
{
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    /// <summary>The picture as the bytes of a PNG or SVG file.</summary>
    public static byte[] Render(PlotData data, ImageFormat format, PictureSize? size = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var plot = PlotRenderer.NewPlot();
        DrawAxes(plot, data);
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < data.Curves.Count; i++) DrawCurve(plot, data, data.Curves[i], palette.GetColor(i));
        DrawKinks(plot, data);
        plot.Axes.SetLimits(data.XRange.From, data.XRange.To, data.YView.From, data.YView.To);
        plot.Title(data.Title);
        plot.XLabel(data.Variable);
        plot.YLabel("y");
        plot.ShowLegend(Edge.Bottom);
        return PlotRenderer.Render(plot, format, size ?? PictureSize.Default);
    }

    private static void DrawAxes(Plot plot, PlotData data)
    {
        var axisColor = Colors.Black.WithAlpha(0.35);
        if (data.YView.Contains(0))
        {
            var line = plot.Add.HorizontalLine(0, 1, axisColor);
            line.LabelOppositeAxis = false;
        }
        if (data.XRange.Contains(0)) plot.Add.VerticalLine(0, 1, axisColor);
    }

    private static void DrawCurve(Plot plot, PlotData data, Curve curve, Color color)
    {
        var labelled = false;
        foreach (var piece in curve.Segments.SelectMany(s => SegmentClipper.Clip(s, data.YView)))
        {
            var line = plot.Add.ScatterLine(piece.Select(p => p.X).ToArray(), piece.Select(p => p.Y).ToArray(), color);
            line.LineWidth = curve.Order == 0 ? 2.5f : 2f;
            line.LinePattern = Patterns[Math.Min(curve.Order, Patterns.Length - 1)];
            if (!labelled) line.LegendText = curve.Label;
            labelled = true;
        }
    }

    private static void DrawKinks(Plot plot, PlotData data)
    {
        var kinks = data.Curves.SelectMany(c => c.Kinks).Where(k => data.YView.Contains(k.Y)).ToList();
        if (kinks.Count == 0) return;
        var markers = plot.Add.Markers(kinks.Select(k => k.X).ToArray(), kinks.Select(k => k.Y).ToArray(), MarkerShape.OpenCircle, 11, Colors.Black);
        markers.MarkerLineWidth = 2;
        markers.LegendText = "kink";
    }
}
