using System.Net;

namespace Differentiator.Grading;

/// <summary>Text made safe for HTML: every character that could open markup escaped, control characters shown as U+FFFD.</summary>
internal static class HtmlText
{
    /// <summary>The longest text shown from one cell of the answers file; the rest is elided.</summary>
    public const int MaxShown = 300;

    public static string Escape(string text) => WebUtility.HtmlEncode(AnswerReader.Printable(text));

    /// <summary>Escaped, keeping line breaks (for text shown with <c>white-space: pre-wrap</c>, such as a caret diagnostic).</summary>
    public static string Lines(string text) => string.Join("\n", text.Split('\n').Select(Escape));

    /// <summary>Escaped, and cut to <see cref="MaxShown"/> characters with an ellipsis.</summary>
    public static string Short(string text) =>
        Escape(text.Length <= MaxShown ? text : text[..MaxShown]) + (text.Length <= MaxShown ? "" : $"… ({text.Length:N0} characters)");
}
