namespace Differentiator.Calculus.Numeric;

/// <summary>Settings of the lecture's numeric gradient.</summary>
public sealed record NumericGradientOptions
{
    /// <summary>The lecture's step, 1e-5.</summary>
    public const double DefaultDelta = 1e-5;

    /// <summary>The step h.</summary>
    public double Delta { get; init; } = DefaultDelta;

    /// <summary>The difference quotient.</summary>
    public DifferenceScheme Scheme { get; init; } = DifferenceScheme.Central;

    /// <summary>How the gradient array is allocated.</summary>
    public GradientDType GradientDType { get; init; } = GradientDType.LikeInput;

    /// <summary>Whether to record the lecture's Problem 2 debug trace.</summary>
    public bool Trace { get; init; }
}
