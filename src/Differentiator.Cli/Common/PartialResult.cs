using Differentiator.Calculus.Symbolic;

namespace Differentiator.Cli;

/// <summary>One derivative a command computed: by which variable, how often, the result and its value at the point.</summary>
public sealed record PartialResult(string Variable, int Order, DerivativeResult Derivative, double? Value, IReadOnlyList<Derivation> Steps)
{
    /// <summary><c>d/dx</c>, or <c>d^2/dx^2</c> for higher orders.</summary>
    public string Label => Order == 1 ? $"d/d{Variable}" : $"d^{Order}/d{Variable}^{Order}";

    /// <summary>The label in LaTeX: <c>\frac{d}{dx}</c>, <c>\frac{d^{2}}{dx^{2}}</c>.</summary>
    public string LatexLabel => Order == 1 ? $"\\frac{{d}}{{d{Variable}}}" : $"\\frac{{d^{{{Order}}}}}{{d{Variable}^{{{Order}}}}}";
}
