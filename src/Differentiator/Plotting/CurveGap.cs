namespace Differentiator.Plotting;

/// <summary>
/// A stretch of the horizontal axis that a curve does not cross with a line: between the last
/// point of one segment and the first of the next (or an end of the range).
/// </summary>
/// <param name="From">The last x drawn before the gap (the range's start when the curve starts undefined).</param>
/// <param name="To">The first x drawn after the gap (the range's end when the curve ends undefined).</param>
/// <param name="Kind">Why the curve is broken.</param>
public sealed record CurveGap(double From, double To, GapKind Kind)
{
    /// <summary>Whether <paramref name="x"/> lies in the gap, ends included.</summary>
    public bool Contains(double x) => x >= From && x <= To;
}
