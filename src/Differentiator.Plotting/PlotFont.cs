using ScottPlot;
using SkiaSharp;

namespace Differentiator.Plotting;

/// <summary>
/// The one font every picture uses: DejaVu Sans, shipped inside this assembly, so that text
/// renders the same on a machine with no fonts installed (a fresh Debian has few, a container none).
/// </summary>
public static class PlotFont
{
    /// <summary>The family name pictures ask for (and SVG files name).</summary>
    public const string Family = "DejaVu Sans";

    private const string Resource = "Differentiator.Plotting.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Typeface = new(Load);
    private static readonly Lazy<bool> Registration = new(Register);

    /// <summary>Makes ScottPlot resolve every font to the shipped one; safe to call more than once and from several threads.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        Fonts.FontResolvers.Insert(0, new ShippedFontResolver());
        Fonts.Default = Family;
        Fonts.Sans = Family;
        return true;
    }

    private static SKTypeface Load()
    {
        using var stream = typeof(PlotFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The font resource {Resource} is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font resource {Resource} is not a font Skia can read.");
    }

    /// <summary>Answers every request with the shipped face: bold and italic are drawn in the regular one.</summary>
    private sealed class ShippedFontResolver : IFontResolver
    {
        public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) => Typeface.Value;

        public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => Typeface.Value;
    }
}
