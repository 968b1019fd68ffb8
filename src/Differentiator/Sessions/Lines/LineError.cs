using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>A mistake in the line being run, already placed on that line; the session turns it into an <see cref="ErrorResult"/>.</summary>
internal sealed class LineError(ErrorReport report) : Exception(report.Message)
{
    public ErrorReport Report { get; } = report;

    /// <summary>An error under <paramref name="span"/> of <paramref name="line"/>.</summary>
    public static LineError At(string line, SourceSpan span, string code, string message) =>
        new(new ErrorReport(code, message, line, new SourceSpan(span.Start, Math.Max(1, span.Length))));

    /// <summary>An error without a position.</summary>
    public static LineError Plain(string code, string message) => new(new ErrorReport(code, message));

    /// <summary>A diagnostic about the text that starts at <paramref name="offset"/> of <paramref name="line"/>.</summary>
    public static LineError From(Diagnostic diagnostic, string line, int offset) =>
        At(line, LineSpans.Shift(diagnostic.Span, offset), diagnostic.Code, diagnostic.Message);
}
