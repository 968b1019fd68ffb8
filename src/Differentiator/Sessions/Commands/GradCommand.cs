using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>grad f</c>: every partial derivative, in the order of the variables (a function's parameters); <c>grad f at (1, 2)</c>: their values.</summary>
internal sealed class GradCommand() : KeywordCommand("grad", "grad f at (1.0, 2.0)")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("grad <formula> [at <point>]", "grad f at (1.0, 2.0)", "The gradient: every partial derivative, in variable order, and their values at the point."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var (operand, point) = OperandAndPoint(session, line, rest, pointRequired: false);
        var report = FormulaReports.Differentiate(operand.Formula, new DiffOptions
        {
            Wrt = operand.Variables.Count > 0 ? operand.Variables : null,
            At = point,
        });
        return new CommandOutcome(session, new GradientResult(report) { Messages = [.. operand.Messages, .. report.Messages] });
    }
}
