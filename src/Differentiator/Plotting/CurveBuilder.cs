namespace Differentiator.Plotting;

/// <summary>Collects a curve's samples left to right into segments, and the gaps where it breaks.</summary>
internal sealed class CurveBuilder(PlotRange range)
{
    private readonly List<CurveSegment> _segments = [];
    private readonly List<CurveGap> _gaps = [];
    private List<PlotPoint>? _current;
    private GapKind? _pending;

    /// <summary>The last point added, if the curve is not broken after it.</summary>
    public PlotPoint? Last => _current is { Count: > 0 } c ? c[^1] : null;

    /// <summary>Appends a point to the current segment (a new one after a break); a repeated x is skipped.</summary>
    public void Add(double x, double y)
    {
        if (_current is null)
        {
            var from = _segments.Count > 0 ? _segments[^1].To : range.From;
            if (x > from || _segments.Count > 0) _gaps.Add(new CurveGap(from, x, _pending ?? GapKind.Undefined));
            _current = [];
            _pending = null;
        }
        else if (x <= _current[^1].X)
        {
            return;
        }
        _current.Add(new PlotPoint(x, y));
    }

    /// <summary>Ends the current segment: no line joins it to the next point.</summary>
    public void Break(GapKind kind)
    {
        Close();
        if (_pending is null || Rank(kind) > Rank(_pending.Value)) _pending = kind;
    }

    public (IReadOnlyList<CurveSegment> Segments, IReadOnlyList<CurveGap> Gaps) Finish()
    {
        Close();
        var end = _segments.Count > 0 ? _segments[^1].To : range.From;
        if (end < range.To || _segments.Count == 0) _gaps.Add(new CurveGap(end, range.To, _pending ?? GapKind.Undefined));
        return (_segments.ToArray(), _gaps.ToArray());
    }

    private void Close()
    {
        if (_current is { Count: > 0 }) _segments.Add(new CurveSegment(_current.ToArray()));
        _current = null;
    }

    private static int Rank(GapKind kind) => kind switch
    {
        GapKind.Pole => 2,
        GapKind.Jump => 1,
        _ => 0,
    };
}
