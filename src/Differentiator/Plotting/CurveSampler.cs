namespace Differentiator.Plotting;

/// <summary>
/// Samples one function over a range, adaptively: finer where the curve bends or climbs on screen,
/// broken where it has no value, jumps or runs off to a pole (found by bisection, so no line
/// crosses them), and through the predicted special points exactly.
/// </summary>
internal sealed class CurveSampler
{
    /// <summary>Samples across the whole range before refining.</summary>
    public const int GridIntervals = 400;

    private const int MaxRefineDepth = 10;
    private const int MaxDepth = 64;
    private const int EvaluationBudget = 60_000;
    private const double BendTolerance = 0.0015;
    private const double ClimbTolerance = 0.05;

    private readonly SampledFunction _f;
    private readonly ScreenScale _scale;
    private readonly CurveBuilder _curve;

    private CurveSampler(SampledFunction f, ScreenScale scale)
    {
        _f = f;
        _scale = scale;
        _curve = new CurveBuilder(scale.X);
    }

    /// <summary>The segments and gaps of <paramref name="f"/> over the scale's range, honouring <paramref name="specials"/> (sorted, inside the range).</summary>
    public static (IReadOnlyList<CurveSegment> Segments, IReadOnlyList<CurveGap> Gaps) Sample(
        SampledFunction f, ScreenScale scale, IReadOnlyList<SpecialPoint> specials)
    {
        var sampler = new CurveSampler(f, scale);
        sampler.Run(specials);
        return sampler._curve.Finish();
    }

    private void Run(IReadOnlyList<SpecialPoint> specials)
    {
        var range = _scale.X;
        var nudge = range.Width * 1e-9;
        var start = range.From;
        SpecialPoint? previous = null;
        foreach (var special in specials.Append(new SpecialPoint(range.To, SpecialKind.Kink)))
        {
            var from = previous is { Breaks: true } ? start + nudge : start;
            var to = special.Breaks ? special.X - nudge : special.X;
            if (to > from) Interval(from, to);
            if (special.Breaks) BreakAt(special);
            previous = special;
            start = special.X;
        }
    }

    /// <summary>A break the function table predicts: the value at the point joins the side it continues, if any.</summary>
    private void BreakAt(SpecialPoint special)
    {
        var here = special.Kind == SpecialKind.Jump ? _f.At(special.X) : null;
        var tolerance = _scale.JumpTolerance;
        if (here is { } y && _curve.Last is { } last && Math.Abs(last.Y - y) <= tolerance)
        {
            _curve.Add(special.X, y);
            here = null;
        }
        _curve.Break(special.Kind == SpecialKind.Jump ? GapKind.Jump : GapKind.Undefined);
        if (here is { } v && _f.At(special.X + _scale.X.Width * 1e-9) is { } right && Math.Abs(right - v) <= tolerance)
            _curve.Add(special.X, v);
    }

    private void Interval(double from, double to)
    {
        var n = Math.Max(4, (int)Math.Ceiling(GridIntervals * ((to - from) / _scale.X.Width)));
        var grid = new PlotRange(from, to).Grid(n);
        var previousX = from;
        var previousY = _f.At(from);
        if (previousY is { } first) _curve.Add(from, first);
        foreach (var x in grid.Skip(1))
        {
            var y = _f.At(x);
            Between(previousX, previousY, x, y, 0);
            previousX = x;
            previousY = y;
        }
    }

    /// <summary>Adds what lies in (a, b], b included when defined; the point a is already added when it is defined.</summary>
    private void Between(double a, double? fa, double b, double? fb, int depth)
    {
        if (fa is null && fb is null)
        {
            _curve.Break(GapKind.Undefined);
            return;
        }
        if (fa is null)
        {
            var entry = Bisection.DomainEdge(_f, b, fb!.Value, a);
            _curve.Break(EdgeKind(entry.Y));
            _curve.Add(entry.X, entry.Y);
            if (entry.X < b) Between(entry.X, entry.Y, b, fb, depth + 1);
            return;
        }
        if (fb is null)
        {
            var exit = Bisection.DomainEdge(_f, a, fa.Value, b);
            if (exit.X > a) Between(a, fa, exit.X, exit.Y, depth + 1);
            _curve.Break(EdgeKind(exit.Y));
            return;
        }
        Defined(new PlotPoint(a, fa.Value), new PlotPoint(b, fb.Value), depth);
    }

    private void Defined(PlotPoint a, PlotPoint b, int depth)
    {
        var m = Bisection.Middle(a.X, b.X);
        if (m == a.X || m == b.X)
        {
            _curve.Add(b.X, b.Y);
            return;
        }
        var fm = _f.At(m);
        if (fm is not { } ym)
        {
            if (depth >= MaxDepth)
            {
                _curve.Break(GapKind.Undefined);
                _curve.Add(b.X, b.Y);
                return;
            }
            Between(a.X, a.Y, m, null, depth + 1);
            Between(m, null, b.X, b.Y, depth + 1);
            return;
        }
        var mid = new PlotPoint(m, ym);
        if (depth < MaxRefineDepth && _f.Evaluations < EvaluationBudget && NeedsRefining(a, mid, b))
        {
            Defined(a, mid, depth + 1);
            Defined(mid, b, depth + 1);
            return;
        }
        if (_scale.BothOff(a.Y, b.Y)) Broken(Bisection.FindPeak(_f, a, b, _scale), b, depth);
        else if (Climbs(a, b)) Broken(Bisection.FindBreak(_f, a, b, _scale), b, depth);
        else
        {
            _curve.Add(m, ym);
            _curve.Add(b.X, b.Y);
        }
    }

    /// <summary>A piece searched for a break (a steep one, or one off the window): continuous, or a jump, pole or hole to break at.</summary>
    private void Broken(BreakSearch search, PlotPoint b, int depth)
    {
        var a = search.Start;
        switch (search.Result)
        {
            case BreakSearchResult.Continuous:
                _curve.Add(search.Left.X, search.Left.Y);
                _curve.Add(search.Right.X, search.Right.Y);
                break;
            case BreakSearchResult.Hole:
                Between(a.X, a.Y, search.HoleAt, null, Math.Max(depth + 1, MaxDepth - 1));
                Between(search.HoleAt, null, b.X, b.Y, Math.Max(depth + 1, MaxDepth - 1));
                return;
            default:
                _curve.Add(search.Left.X, search.Left.Y);
                _curve.Break(search.Result == BreakSearchResult.Pole ? GapKind.Pole : GapKind.Jump);
                _curve.Add(search.Right.X, search.Right.Y);
                break;
        }
        _curve.Add(b.X, b.Y);
    }

    private bool NeedsRefining(PlotPoint a, PlotPoint m, PlotPoint b) =>
        Math.Abs(_scale.Up(m.Y) - (_scale.Up(a.Y) + _scale.Up(b.Y)) / 2) > BendTolerance
        || Climbs(a, b);

    private bool Climbs(PlotPoint a, PlotPoint b) => Math.Abs(_scale.Up(b.Y) - _scale.Up(a.Y)) > ClimbTolerance;

    private GapKind EdgeKind(double edgeValue) => _scale.IsFarOff(edgeValue) ? GapKind.Pole : GapKind.Undefined;
}
