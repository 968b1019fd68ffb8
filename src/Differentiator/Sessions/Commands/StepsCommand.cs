using Differentiator.Reports;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>steps d/dx e^(3x^2)</c>: the derivative with its working, the chain rule spelled out.</summary>
internal sealed class StepsCommand() : KeywordCommand("steps", "steps d/dx e^(3x^2)")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("steps d/dx <formula>", "steps d/dx e^(3x^2)", "The derivative with its working: each rule, chain-rule substitutions spelled out."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var d = DerivativePrefix.Match(line, rest)
            ?? throw LineError.At(line, rest, SessionCodes.BadCommand, "steps needs a derivative to work out: steps d/dx e^(3x^2).");
        var operand = OperandReader.Read(session, line, d.Operand);
        var report = FormulaReports.Differentiate(operand.Formula, new DiffOptions { Wrt = [d.Variable], Order = d.Order, Steps = true });
        var result = new StepsResult(report) { Messages = [.. operand.Messages, .. report.Messages] };
        return new CommandOutcome(session.With(answer: report.Partials[0].Derivative), result);
    }
}
