using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>
/// Reads the formula a piece of a line denotes: a derivative operator and what it applies to
/// (<c>d/dx f</c>, <c>d/dx d/dy f</c>), a prime derivative (<c>f''(x)</c>, <c>f'(3)</c>), the bare
/// name of a defined function (<c>f</c>: its body), or any formula, with defined names put in.
/// </summary>
internal static class OperandReader
{
    /// <exception cref="LineError">The piece is empty or does not denote a formula.</exception>
    public static Operand Read(Session session, string line, SourceSpan span)
    {
        span = LineSpans.Trim(line, span);
        if (span.Length == 0)
            throw LineError.At(line, new SourceSpan(span.Start, 1), SessionCodes.BadCommand, "A formula is missing here.");
        if (DerivativePrefix.Match(line, span) is { } derivative) return Differentiate(session, line, derivative);
        if (PrimeNotation.Match(line, span) is { } prime) return Prime(session, line, prime);
        var text = LineSpans.Text(line, span);
        if (session.Table.Find(text) is { Definition.IsFunction: true } function)
            return new Operand(function.Formula, function.Definition.Parameters, []);
        var scoped = session.Table.Scope.Read(text, [], session.Answer, out var error)
            ?? throw LineError.From(error!, line, span.Start);
        var formula = scoped.Expanded;
        var warnings = scoped.Parsed.Warnings.Select(w => LineSpans.Shift(ReportMessage.From(w), span.Start));
        return new Operand(formula, formula.Variables, [.. warnings]);
    }

    private static Operand Differentiate(Session session, string line, DerivativePrefixMatch d)
    {
        var inner = Read(session, line, d.Operand);
        var (derivative, messages) = Derivative(inner.Formula, d.Variable, d.Order);
        return new Operand(derivative, Ordered(derivative, inner.Variables), [.. inner.Messages, .. messages]);
    }

    private static Operand Prime(Session session, string line, PrimeMatch p)
    {
        var found = session.Table.Find(p.Name)
            ?? throw LineError.At(line, p.NameSpan, SessionCodes.NotDefined, $"{p.Name} is not defined; define it first, e.g. {p.Name}(x) = x^2.");
        var parameters = found.Definition.Parameters;
        if (parameters.Count != 1)
            throw LineError.At(line, p.NameSpan, SessionCodes.BadCommand, parameters.Count == 0
                ? $"{p.Name} is a value, not a function, so it has no derivative {p.Name}'."
                : $"{p.Name}' is for a function of one variable, and {found.Definition.Head} has {parameters.Count}; write d/d{parameters[0]} {p.Name} for a partial derivative.");
        var (derivative, messages) = Derivative(found.Formula, parameters[0], p.Order);
        if (p.Argument is not { } argument) return new Operand(derivative, parameters, messages);
        if (Keywords.SplitCommas(line, argument).Count > 1)
            throw LineError.At(line, argument, Syntax.DiagnosticCodes.WrongArity, $"{p.Name} takes 1 argument.");
        var value = Read(session, line, argument);
        var applied = derivative.Substitute((parameters[0], value.Formula));
        return new Operand(applied, applied.Variables, [.. value.Messages, .. messages]);
    }

    /// <summary>The derivative with its notes and warnings (a variable that does not occur, a kink).</summary>
    private static (Formula Derivative, IReadOnlyList<ReportMessage> Messages) Derivative(Formula formula, string variable, int order)
    {
        var report = FormulaReports.Differentiate(formula, new DiffOptions { Wrt = [variable], Order = order });
        return (report.Partials[0].Derivative, report.Messages);
    }

    private static IReadOnlyList<string> Ordered(Formula result, IReadOnlyList<string> before) =>
        [.. before.Where(result.Variables.Contains), .. result.Variables.Where(v => !before.Contains(v))];
}
