using Differentiator.Reports;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>hessian f</c>: the matrix of second partial derivatives; <c>hessian f at (1, 2)</c>: its values.</summary>
internal sealed class HessianCommand() : KeywordCommand("hessian", "hessian f at (1.0, 2.0)")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("hessian <formula> [at <point>]", "hessian f", "The Hessian: entry (i, j) is ∂²f/∂xj∂xi, and its values at the point."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var (operand, point) = OperandAndPoint(session, line, rest, pointRequired: false);
        var variables = operand.Variables;
        if (variables.Count == 0)
            throw LineError.At(line, rest, SessionCodes.BadCommand, $"{operand.Formula} has no variables, so its Hessian is empty.");
        var entries = operand.Formula.Hessian(variables);
        var values = point is null ? null
            : entries.Select(row => (IReadOnlyList<double?>)[.. row.Select(e => Values.Of(e, point).Value)]).ToList();
        var notes = entries.SelectMany(row => row).SelectMany(e => e.Notes).Distinct(StringComparer.Ordinal)
            .Select(n => ReportMessage.Note(ErrorCodes.DerivativeNote, n));
        return new CommandOutcome(session, new HessianResult(variables, entries, point, values) { Messages = [.. operand.Messages, .. notes] });
    }
}
