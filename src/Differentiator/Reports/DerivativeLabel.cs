namespace Differentiator.Reports;

/// <summary>How a derivative is named: <c>d/dx</c>, <c>d^2/dx^2</c>, and in LaTeX <c>\frac{d}{dx}</c>.</summary>
public static class DerivativeLabel
{
    /// <summary><c>d/dx</c>, or <c>d^n/dx^n</c> for order n.</summary>
    public static string Text(string variable, int order) => order == 1 ? $"d/d{variable}" : $"d^{order}/d{variable}^{order}";

    /// <summary><c>\frac{d}{dx}</c>, or <c>\frac{d^{n}}{dx^{n}}</c>.</summary>
    public static string Latex(string variable, int order) =>
        order == 1 ? $"\\frac{{d}}{{d{variable}}}" : $"\\frac{{d^{{{order}}}}}{{d{variable}^{{{order}}}}}";
}
