using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Expressions.Printing;
using Differentiator.Syntax;

namespace Differentiator.Reports;

/// <summary>
/// A user error in the one shape every front end shows: a stable code, a sentence, and where there
/// is a position, the text and the span for a caret line (JSON: <c>{"error": {"code", "message", "start", "length"}}</c>).
/// </summary>
public sealed record ErrorReport(string Code, string Message, string? Input = null, SourceSpan? Span = null)
{
    /// <summary>
    /// The report of an exception a user can cause (a formula that does not parse, bad input, a
    /// value undefined at a point, a nesting or budget limit), or null for anything else (a bug).
    /// </summary>
    public static ErrorReport? From(Exception exception) => exception switch
    {
        FormulaSyntaxException e => new(e.Diagnostic.Code, e.Diagnostic.Message, e.Source, e.Diagnostic.Span),
        InvalidInputException e => new(e.Code, e.Message, e.Input, e.Span),
        EvaluationException { Location: { } d } e => new(d.Code, d.Message, e.FormulaText, d.Span),
        EvaluationException e => new(ErrorCodes.Of(e.Kind), e.Message),
        ExpressionTooDeepException e => new(DiagnosticCodes.TooDeep, e.Message),
        NotPrintableException e => new(ErrorCodes.NotPrintable, e.Message),
        _ => null,
    };

    /// <summary>The message, and a caret line under the input when there is a position.</summary>
    public string Render() => Span is { } span && Input is not null
        ? new Diagnostic(DiagnosticSeverity.Error, Code, Message, span).Render(Input)
        : $"error {Code}: {Message}";
}
