using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>How the HTML report shows a formula: the one place that decides it. Presentation MathML, which browsers draw without a script.</summary>
internal static class HtmlFormula
{
    /// <summary>The longest formula (in text characters) drawn as math; longer ones are shown as text.</summary>
    private const int MaxDrawn = 400;

    public static string Render(Expr e)
    {
        var text = e.ToString();
        return text.Length <= MaxDrawn ? e.ToMathMl() : $"<code class=\"formula\">{HtmlText.Short(text)}</code>";
    }
}
