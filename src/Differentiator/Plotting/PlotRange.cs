namespace Differentiator.Plotting;

/// <summary>An interval of one axis, <see cref="From"/> &lt; <see cref="To"/>.</summary>
/// <param name="From">The lower end.</param>
/// <param name="To">The upper end.</param>
public readonly record struct PlotRange(double From, double To)
{
    /// <summary>The length of the interval.</summary>
    public double Width => To - From;

    /// <summary>Whether <paramref name="value"/> lies in the interval, ends included.</summary>
    public bool Contains(double value) => value >= From && value <= To;

    /// <summary>
    /// <paramref name="intervals"/> + 1 evenly spaced points from <see cref="From"/> to <see cref="To"/>, both ends exact;
    /// computed as a weighted mean so that no intermediate overflows, even across the whole range of doubles.
    /// </summary>
    internal double[] Grid(int intervals)
    {
        var (from, to) = (From, To);
        return [.. Enumerable.Range(0, intervals + 1).Select(i => i == intervals ? to : from * (1 - (double)i / intervals) + to * ((double)i / intervals))];
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{PlotLabels.Number(From)}, {PlotLabels.Number(To)}]";
}
