using System.Text;

namespace Differentiator.Syntax;

/// <summary>Whether a diagnostic stops the parse.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A reading a person might not mean; the parse goes on.</summary>
    Warning,
    /// <summary>The formula cannot be read.</summary>
    Error,
}

/// <summary>
/// A message about a formula, anchored to the span of the text it is about: what was found there,
/// what was expected instead, and a rendering with a caret line under the input.
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(DiagnosticSeverity severity, string code, string message, SourceSpan span, string found = "", IReadOnlyList<string>? expected = null)
    {
        Severity = severity;
        Code = code;
        Message = message;
        Span = span;
        Found = found;
        Expected = expected ?? [];
    }

    private const int RenderWidth = 72;

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>A stable identifier such as <c>DX0102</c>; see <see cref="DiagnosticCodes"/>.</summary>
    public string Code { get; }

    /// <summary>The message, a complete sentence.</summary>
    public string Message { get; }

    /// <summary>Where in the formula.</summary>
    public SourceSpan Span { get; }

    /// <summary>What was found at the span (a token's text, or "end of input"); may be empty for warnings.</summary>
    public string Found { get; }

    /// <summary>What would have been accepted at the span.</summary>
    public IReadOnlyList<string> Expected { get; }

    /// <summary>
    /// The text the message suggests writing in place of the text at <see cref="Span"/>, when it
    /// suggests one: <c>1/(2x)</c> for the warning on <c>1/2x</c>, <c>3*4</c> for <c>3 4</c>. It
    /// parses to the reading the message names.
    /// </summary>
    public string? Suggestion { get; init; }

    /// <summary>
    /// The message, the formula, and a caret line under the span:
    /// <code>
    /// error DX0101 at 4: unexpected end of input; expected a number, a variable, a function or '('
    ///   2x+
    ///      ^
    /// </code>
    /// </summary>
    public string Render(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        // One character for one, so the caret stays under its span: line breaks, tabs and a byte order
        // mark become spaces, other control characters (an escape that would drive a terminal) U+FFFD.
        var line = string.Create(source.Length, source, static (chars, s) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = char.IsWhiteSpace(s[i]) || s[i] == ByteOrderMark.Character ? ' ' : char.IsControl(s[i]) ? '\uFFFD' : s[i];
        });
        // A long formula is shown as a window around the span, so the caret stays readable.
        var from = line.Length <= RenderWidth ? 0 : Math.Clamp(Span.Start - RenderWidth / 3, 0, line.Length - RenderWidth);
        var to = Math.Min(line.Length, from + RenderWidth);
        var prefix = from > 0 ? "…" : "";
        var suffix = to < line.Length ? "…" : "";
        var caretAt = prefix.Length + Math.Clamp(Span.Start, from, to) - from;
        var caretLength = Math.Max(1, Math.Min(Span.End, to) - Math.Max(Span.Start, from));
        var sb = new StringBuilder();
        sb.Append(Severity == DiagnosticSeverity.Error ? "error " : "warning ")
          .Append(Code).Append(" at ").Append(Span.Start + 1).Append(": ").Append(Message).Append('\n');
        sb.Append("  ").Append(prefix).Append(line, from, to - from).Append(suffix).Append('\n');
        sb.Append("  ").Append(' ', caretAt).Append('^', caretLength);
        return sb.ToString();
    }

    /// <summary>Equal when every field is equal, the expectations compared item by item.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Severity == other.Severity && Code == other.Code && Message == other.Message
        && Span == other.Span && Found == other.Found && Expected.SequenceEqual(other.Expected) && Suggestion == other.Suggestion;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Severity, Code, Message, Span, Found);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} at {Span.Start + 1}: {Message}";
}
