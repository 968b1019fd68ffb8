using Differentiator.Syntax;

namespace Differentiator;

/// <summary>
/// Input that is not a formula and cannot be used: a malformed point or array, a missing value, an
/// order below 1. Carries a stable <see cref="Code"/> and, where the input has a position, the
/// text and the span for a caret line.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, as a complete sentence.</param>
    /// <param name="code">A code from <see cref="ErrorCodes"/>.</param>
    /// <param name="input">The text the span refers to, if any.</param>
    /// <param name="span">Where in <paramref name="input"/> the problem is, if anywhere.</param>
    public InvalidInputException(string message, string code = ErrorCodes.InvalidInput, string? input = null, SourceSpan? span = null) : base(message)
    {
        Code = code;
        Input = input;
        Span = input is null ? null : span;
    }

    /// <summary>The stable code (<see cref="ErrorCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The text the span refers to, if any.</summary>
    public string? Input { get; }

    /// <summary>Where in <see cref="Input"/> the problem is, if anywhere.</summary>
    public SourceSpan? Span { get; }

    /// <summary>The message, and under the input a caret line when there is a position.</summary>
    public string Render() => Span is { } span && Input is not null
        ? new Diagnostic(DiagnosticSeverity.Error, Code, Message, span).Render(Input)
        : $"error {Code}: {Message}";
}
