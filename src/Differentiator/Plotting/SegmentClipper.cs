namespace Differentiator.Plotting;

/// <summary>
/// Cuts a segment to a vertical band around the window, so that a renderer never draws the huge
/// values beside a pole: where the line leaves the band it ends at the band's edge (interpolated),
/// where it comes back a new piece begins.
/// </summary>
public static class SegmentClipper
{
    /// <summary>
    /// The pieces of <paramref name="segment"/> inside <paramref name="view"/> widened by its own
    /// height above and below (so lines leave the picture's frame at the right slope).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<PlotPoint>> Clip(CurveSegment segment, PlotRange view)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var band = new PlotRange(view.From - view.Width, view.To + view.Width);
        var pieces = new List<IReadOnlyList<PlotPoint>>();
        List<PlotPoint>? piece = null;
        var points = segment.Points;
        if (band.Contains(points[0].Y)) piece = [points[0]];
        for (var i = 1; i < points.Count; i++)
        {
            var (p, q) = (points[i - 1], points[i]);
            var inside = band.Contains(q.Y);
            if (piece is not null)
            {
                if (inside) piece.Add(q);
                else
                {
                    piece.Add(Crossing(p, q, Edge(q.Y, band)));
                    pieces.Add(piece);
                    piece = null;
                }
                continue;
            }
            if (inside) piece = [Crossing(p, q, Edge(p.Y, band)), q];
            else if (Edge(p.Y, band) != Edge(q.Y, band))
                pieces.Add([Crossing(p, q, Edge(p.Y, band)), Crossing(p, q, Edge(q.Y, band))]);
        }
        if (piece is not null) pieces.Add(piece);
        return pieces;
    }

    /// <summary>The band edge on the side where <paramref name="y"/> lies outside it.</summary>
    private static double Edge(double y, PlotRange band) => y > band.To ? band.To : band.From;

    private static PlotPoint Crossing(PlotPoint p, PlotPoint q, double y)
    {
        var t = (y - p.Y) / (q.Y - p.Y);
        if (!double.IsFinite(t)) t = Math.Abs(p.Y - y) < Math.Abs(q.Y - y) ? 0 : 1;
        return new PlotPoint(p.X + Math.Clamp(t, 0, 1) * (q.X - p.X), y);
    }
}
