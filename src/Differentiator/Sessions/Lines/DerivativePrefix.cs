using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>A derivative operator at the start of a piece of a line and the span of what it applies to.</summary>
internal sealed record DerivativePrefixMatch(string Variable, int Order, SourceSpan Operator, SourceSpan Operand);

/// <summary>
/// Finds derivative notation at the start of a piece of a line (<c>d/dx</c>, <c>∂/∂y</c>,
/// <c>d^2/dx^2</c>, <c>d²/dx²</c>, <c>\frac{d}{dx}</c>, <c>d(x^2)/dx</c>) with the Syntax layer's
/// recogniser, and places what it found on the line.
/// </summary>
internal static class DerivativePrefix
{
    /// <summary>The operator at the start of <paramref name="span"/>, or null when there is none.</summary>
    /// <exception cref="LineError">The notation is malformed (orders that differ, nothing after it, an order out of range).</exception>
    public static DerivativePrefixMatch? Match(string line, SourceSpan span)
    {
        var read = DerivativeNotationReader.Read(line.Substring(span.Start, span.Length));
        if (read.Error is { } error)
            throw LineError.At(line, LineSpans.Shift(error.Span, span.Start), SessionCodes.BadCommand,
                read.Problem is { } problem ? char.ToUpperInvariant(problem[0]) + problem[1..] + "." : error.Message);
        if (read.Notation is not { } n) return null;
        var op = LineSpans.Shift(n.OperatorSpan, span.Start);
        if (n.Order is < 1 or > Formula.MaxOrder)
            throw LineError.At(line, op, SessionCodes.BadCommand, $"The order of a derivative must be between 1 and {Formula.MaxOrder:N0}, not {n.Order}.");
        var operand = LineSpans.Trim(line, new SourceSpan(span.Start + n.FormulaStart, n.Formula.Length));
        return new DerivativePrefixMatch(Names.Normalize(n.Variable), n.Order, op, operand);
    }
}
