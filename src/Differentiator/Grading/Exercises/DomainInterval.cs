namespace Differentiator.Grading;

/// <summary>The closed interval a variable is sampled from: <c>x: [-2, 2]</c> in an exercise's <c>domain</c>.</summary>
public readonly record struct DomainInterval(double Low, double High)
{
    /// <summary><c>[-2, 2]</c>.</summary>
    public override string ToString() => $"[{GradingNumbers.Format(Low)}, {GradingNumbers.Format(High)}]";
}
