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

    /// <inheritdoc/>
    public override string ToString() => $"[{PlotLabels.Number(From)}, {PlotLabels.Number(To)}]";
}
