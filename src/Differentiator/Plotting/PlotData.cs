namespace Differentiator.Plotting;

/// <summary>
/// What a picture of some functions shows, independent of how it is drawn: the curves, the range
/// of the variable, and a vertical window that keeps poles from flattening everything else.
/// </summary>
public sealed class PlotData
{
    internal PlotData(string title, string variable, PlotRange xRange, PlotRange yView, IReadOnlyList<Curve> curves)
    {
        Title = title;
        Variable = variable;
        XRange = xRange;
        YView = yView;
        Curves = curves;
    }

    /// <summary>A title: the formulas, and whether derivatives are drawn.</summary>
    public string Title { get; }

    /// <summary>The variable along the horizontal axis.</summary>
    public string Variable { get; }

    /// <summary>The range of the variable.</summary>
    public PlotRange XRange { get; }

    /// <summary>The suggested vertical window: every curve's ordinary values, poles cut off.</summary>
    public PlotRange YView { get; }

    /// <summary>The curves: each formula, then its derivatives, formula by formula.</summary>
    public IReadOnlyList<Curve> Curves { get; }
}
