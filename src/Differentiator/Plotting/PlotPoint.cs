namespace Differentiator.Plotting;

/// <summary>One point of a curve: the variable's value and the function's value there.</summary>
/// <param name="X">The value on the horizontal axis.</param>
/// <param name="Y">The function's value.</param>
public readonly record struct PlotPoint(double X, double Y);
