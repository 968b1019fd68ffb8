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

    public static byte[] Render(Plot plot, ImageFormat format, PictureSize size) => format switch
    {
        ImageFormat.Png => plot.GetImageBytes(size.Width, size.Height, ScottPlot.ImageFormat.Png),
        ImageFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(size.Width, size.Height)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not an image format."),
    };
}
