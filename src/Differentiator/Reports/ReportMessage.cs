using Differentiator.Syntax;

namespace Differentiator.Reports;

/// <summary>How much a message matters.</summary>
public enum MessageSeverity
{
    /// <summary>Information: where a derivative does not exist, an assumption made.</summary>
    Note,
    /// <summary>A reading or a result a person might not expect.</summary>
    Warning,
    /// <summary>Something could not be done.</summary>
    Error,
}

/// <summary>
/// One warning or note in a report, in the one shape every front end shows: a severity, a stable
/// code, a sentence, and where there is one, the span of the formula it is about.
/// </summary>
public sealed record ReportMessage(MessageSeverity Severity, string Code, string Message, SourceSpan? Span = null)
{
    /// <summary>A parser warning or error, with its span.</summary>
    public static ReportMessage From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? MessageSeverity.Error : MessageSeverity.Warning;
        return new(severity, diagnostic.Code, diagnostic.Message, diagnostic.Span);
    }

    /// <summary>A note without a position.</summary>
    public static ReportMessage Note(string code, string message) => new(MessageSeverity.Note, code, message);

    /// <summary>A warning without a position.</summary>
    public static ReportMessage Warning(string code, string message) => new(MessageSeverity.Warning, code, message);

    /// <summary><c>note: …</c>, <c>warning DX1002 at 3: …</c> and a caret line under <paramref name="source"/> when there is a span.</summary>
    public string Render(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Span is { } span)
        {
            var diagnostic = new Diagnostic(Severity == MessageSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, Code, Message, span);
            return diagnostic.Render(source);
        }
        return $"{Severity.ToString().ToLowerInvariant()}: {Message}";
    }
}
