using Differentiator.Calculus.Symbolic;

namespace Differentiator.Reports;

/// <summary>
/// One derivative of a report: by which variable, of which order, the result (a formula), its
/// value at the point or why it has none there, and the working when it was asked for.
/// </summary>
public sealed record PartialReport(string Variable, int Order, Formula Derivative, double? Value, string? ValueError, IReadOnlyList<Derivation> Steps)
{
    /// <summary><c>d/dx</c>, <c>d^2/dx^2</c>.</summary>
    public string Label => DerivativeLabel.Text(Variable, Order);

    /// <summary><c>\frac{d}{dx}</c>.</summary>
    public string LatexLabel => DerivativeLabel.Latex(Variable, Order);
}
