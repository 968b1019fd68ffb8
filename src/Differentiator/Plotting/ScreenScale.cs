namespace Differentiator.Plotting;

/// <summary>
/// Values as fractions of the picture (0 to 1 across the window), so that sampling decides how
/// fine to go by what can be seen. Heights are clamped to a band around the window: what lies far
/// outside is drawn nowhere and needs no refining.
/// </summary>
internal readonly record struct ScreenScale(PlotRange X, PlotRange Y)
{
    public double Up(double y) => Math.Clamp((y - Y.From) / Y.Width, -1, 2);

    /// <summary>Whether <paramref name="y"/> lies so far outside the window that it belongs to a pole.</summary>
    public bool IsFarOff(double y) => Math.Abs((y - Y.From) / Y.Width - 0.5) > 100;

    /// <summary>Whether both values lie outside the window on the same side.</summary>
    public bool BothOff(double a, double b) => (a > Y.To && b > Y.To) || (a < Y.From && b < Y.From);

    /// <summary>The smallest difference that counts as a jump rather than a steep slope.</summary>
    public double JumpTolerance => 1e-4 * Y.Width;
}
