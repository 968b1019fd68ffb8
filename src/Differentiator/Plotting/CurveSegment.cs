namespace Differentiator.Plotting;

/// <summary>A piece of a curve along which the function is defined and continuous: draw it as one line.</summary>
public sealed class CurveSegment
{
    internal CurveSegment(IReadOnlyList<PlotPoint> points)
    {
        Points = points;
    }

    /// <summary>The samples, in increasing x.</summary>
    public IReadOnlyList<PlotPoint> Points { get; }

    /// <summary>The first x of the segment.</summary>
    public double From => Points[0].X;

    /// <summary>The last x of the segment.</summary>
    public double To => Points[^1].X;

    /// <inheritdoc/>
    public override string ToString() => $"[{From}, {To}] ({Points.Count} points)";
}
