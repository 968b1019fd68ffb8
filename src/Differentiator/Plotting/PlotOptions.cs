namespace Differentiator.Plotting;

/// <summary>What to draw besides the formulas, and over which range.</summary>
public sealed record PlotOptions
{
    /// <summary>The range used when neither end is given: −5 to 5.</summary>
    public static PlotRange DefaultRange { get; } = new(-5, 5);

    /// <summary>The highest derivative order <see cref="FunctionPlot"/> draws.</summary>
    public const int MaxDerivativeOrder = 5;

    /// <summary>The most formulas in one picture.</summary>
    public const int MaxFormulas = 8;

    /// <summary>The start of the range; null for the default (−5, or <see cref="To"/> − 10).</summary>
    public double? From { get; init; }

    /// <summary>The end of the range; null for the default (5, or <see cref="From"/> + 10).</summary>
    public double? To { get; init; }

    /// <summary>Draw the derivatives of order 1 to this one as well (0: only the formulas).</summary>
    public int DerivativeOrder { get; init; }
}
