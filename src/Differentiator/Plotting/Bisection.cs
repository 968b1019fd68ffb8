namespace Differentiator.Plotting;

/// <summary>Bisection along the variable: where a function's domain ends, and where it breaks.</summary>
internal static class Bisection
{
    private const int MaxSteps = 1100; // enough to reach adjacent doubles from any finite interval

    /// <summary>The defined point nearest to <paramref name="undefined"/>, starting from <paramref name="defined"/> where the function has a value.</summary>
    public static PlotPoint DomainEdge(SampledFunction f, double defined, double definedValue, double undefined)
    {
        var value = definedValue;
        for (var i = 0; i < MaxSteps; i++)
        {
            var m = Middle(defined, undefined);
            if (m == defined || m == undefined) break;
            if (f.At(m) is { } y)
            {
                defined = m;
                value = y;
            }
            else
            {
                undefined = m;
            }
        }
        return new PlotPoint(defined, value);
    }

    /// <summary>
    /// Narrows [a, b] to the place of its largest change, following the half that changes more,
    /// down to adjacent doubles: a continuous function's change vanishes there, a jump's or a
    /// pole's does not. An undefined value met on the way is returned as a hole.
    /// </summary>
    public static BreakSearch FindBreak(SampledFunction f, PlotPoint a, PlotPoint b, ScreenScale scale)
    {
        var start = a;
        for (var i = 0; i < MaxSteps && Math.Abs(b.Y - a.Y) > scale.JumpTolerance; i++)
        {
            var m = Middle(a.X, b.X);
            if (m == a.X || m == b.X) break;
            if (f.At(m) is not { } y) return new BreakSearch(BreakSearchResult.Hole, start, a, b, m);
            var mid = new PlotPoint(m, y);
            if (Math.Abs(y - a.Y) >= Math.Abs(b.Y - y)) b = mid;
            else a = mid;
        }
        if (Math.Abs(b.Y - a.Y) <= scale.JumpTolerance) return new BreakSearch(BreakSearchResult.Continuous, start, a, b, double.NaN);
        var kind = scale.IsFarOff(a.Y) || scale.IsFarOff(b.Y) ? BreakSearchResult.Pole : BreakSearchResult.Jump;
        return new BreakSearch(kind, start, a, b, double.NaN);
    }

    /// <summary>
    /// Follows the larger magnitudes of a piece whose ends both lie off the window on one side: a
    /// pole between them (1/x² has no sign change to find) shows as values far beyond both ends.
    /// </summary>
    public static BreakSearch FindPeak(SampledFunction f, PlotPoint a, PlotPoint b, ScreenScale scale)
    {
        var start = a;
        var ends = Math.Max(Math.Abs(a.Y), Math.Abs(b.Y));
        for (var i = 0; i < MaxSteps; i++)
        {
            var m = Middle(a.X, b.X);
            if (m == a.X || m == b.X) break;
            if (f.At(m) is not { } y) return new BreakSearch(BreakSearchResult.Hole, start, a, b, m);
            var mid = new PlotPoint(m, y);
            if (Math.Abs(a.Y) >= Math.Abs(b.Y)) b = mid;
            else a = mid;
        }
        var peak = Math.Max(Math.Abs(a.Y), Math.Abs(b.Y));
        var pole = peak > 1e3 * ends && (scale.IsFarOff(a.Y) || scale.IsFarOff(b.Y));
        return new BreakSearch(pole ? BreakSearchResult.Pole : BreakSearchResult.Continuous, start, a, b, double.NaN);
    }

    /// <summary>The midpoint, computed so that it cannot overflow.</summary>
    public static double Middle(double a, double b) => a + (b - a) / 2;
}

/// <summary>What <see cref="Bisection.FindBreak"/> found.</summary>
internal enum BreakSearchResult
{
    Continuous,
    Jump,
    Pole,
    Hole,
}

/// <summary>The outcome of a break search from <paramref name="Start"/>: the last points on either side, or the x of a hole.</summary>
internal readonly record struct BreakSearch(BreakSearchResult Result, PlotPoint Start, PlotPoint Left, PlotPoint Right, double HoleAt);
