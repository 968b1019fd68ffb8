using System.Globalization;
using System.Text;
using ScottPlot;

namespace Differentiator.Plotting;

/// <summary>Turns a ScottPlot plot into the bytes of a PNG or SVG file, with the shipped font.</summary>
internal static class PlotRenderer
{
    public static Plot NewPlot()
    {
        PlotFont.EnsureRegistered();
        var plot = new Plot();
        // ScottPlot 5.1 clips a legend item's text to the symbol's height: taller symbols keep the tops of letters.
        plot.Legend.SymbolHeight = 20;
        return plot;
    }

    /// <summary>Ticks for an axis that holds log10 of its values: whole powers labelled 1e-5, log-spaced minor ticks between.</summary>
    public static ScottPlot.TickGenerators.NumericAutomatic LogTicks() => new()
    {
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = v => "1e" + v.ToString("0", CultureInfo.InvariantCulture),
    };

    public static byte[] Render(Plot plot, ImageFormat format, PictureSize size) => format switch
    {
        ImageFormat.Png => plot.GetImageBytes(size.Width, size.Height, ScottPlot.ImageFormat.Png),
        ImageFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(size.Width, size.Height)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an image format."),
    };
}
