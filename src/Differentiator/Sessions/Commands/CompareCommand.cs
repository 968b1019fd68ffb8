using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>compare f at x=3</c>: the exact derivative beside the lecture's central difference and others, with a verdict.</summary>
internal sealed class CompareCommand() : KeywordCommand("compare", "compare x^2 at x=3")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("compare <formula> at <point>", "compare x^2 at x=3", "The exact derivative beside numeric ones (central difference, complex step, dual numbers), and why they disagree."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var (operand, point) = OperandAndPoint(session, line, rest, pointRequired: true);
        var report = FormulaReports.Compare(operand.Formula, point!);
        return new CommandOutcome(session, new CompareResult(report) { Messages = [.. operand.Messages, .. report.Messages] });
    }
}
