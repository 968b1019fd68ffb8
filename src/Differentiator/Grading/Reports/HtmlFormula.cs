using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>How the HTML report shows a formula: the one place that decides it.</summary>
internal static class HtmlFormula
{
    /// <summary>The longest formula (in text characters) drawn as math; longer ones are shown as text.</summary>
    private const int MaxDrawn = 400;

    public static string Render(Expr e)
    {
        var text = e.ToString();
        if (text.Length > MaxDrawn) return $"<code class=\"formula\">{HtmlText.Short(text)}</code>";
        return $"<code class=\"formula\">{HtmlText.Escape(text)}</code>";
    }
}
