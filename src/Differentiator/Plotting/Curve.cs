namespace Differentiator.Plotting;

/// <summary>
/// One function drawn over the range: a formula or one of its derivatives, as continuous
/// segments with the gaps between them and the kinks marked.
/// </summary>
public sealed class Curve
{
    internal Curve(string name, string variable, string text, int formulaIndex, int order,
        IReadOnlyList<CurveSegment> segments, IReadOnlyList<CurveGap> gaps, IReadOnlyList<PlotPoint> kinks)
    {
        Name = name;
        Variable = variable;
        Text = text;
        FormulaIndex = formulaIndex;
        Order = order;
        Segments = segments;
        Gaps = gaps;
        Kinks = kinks;
    }

    /// <summary>The function's name with primes for its order: <c>f</c>, <c>g'</c>, <c>f''</c>, <c>f⁽⁴⁾</c>.</summary>
    public string Name { get; }

    /// <summary>The variable along the horizontal axis.</summary>
    public string Variable { get; }

    /// <summary>The formula of this curve in text form (<c>3x^2 - 3</c> for the derivative of <c>x^3 - 3x</c>).</summary>
    public string Text { get; }

    /// <summary>Which of the plotted formulas this curve belongs to (0 for the first).</summary>
    public int FormulaIndex { get; }

    /// <summary>The order of the derivative: 0 for the formula itself.</summary>
    public int Order { get; }

    /// <summary>The legend text: <c>f'(x) = 3x^2 - 3</c> (long formulas shortened with …).</summary>
    public string Label => $"{Name}({Variable}) = {PlotLabels.Shorten(Text)}";

    /// <summary>The continuous pieces, left to right.</summary>
    public IReadOnlyList<CurveSegment> Segments { get; }

    /// <summary>Where the curve is broken, left to right: no line may cross these.</summary>
    public IReadOnlyList<CurveGap> Gaps { get; }

    /// <summary>Points where the curve is continuous but not differentiable (|x| at 0, relu at 0).</summary>
    public IReadOnlyList<PlotPoint> Kinks { get; }

    /// <summary>Every sample of every segment.</summary>
    public IEnumerable<PlotPoint> Points => Segments.SelectMany(s => s.Points);

    /// <inheritdoc/>
    public override string ToString() => Label;
}
