namespace Differentiator.Fuzz.Generation;

/// <summary>How a generated formula is written.</summary>
public enum Spelling
{
    /// <summary>ASCII: <c>2*x^2 + sqrt(x)/pi</c>.</summary>
    Plain,
    /// <summary>LaTeX: <c>2 \cdot x^{2} + \frac{\sqrt{x}}{\pi}</c>.</summary>
    Latex,
    /// <summary>Unicode signs: <c>2·x² + √x/π</c>.</summary>
    Unicode,
}
