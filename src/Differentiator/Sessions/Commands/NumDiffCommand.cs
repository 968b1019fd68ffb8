using Differentiator.Reports;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>
/// <c>numdiff f at [1.0, 2.0]</c>: the lecture's numeric gradient with NumPy's semantics, so
/// <c>numdiff x^2 at [3]</c> (an int64 array) shows the integer pitfall and says why.
/// </summary>
internal sealed class NumDiffCommand() : KeywordCommand("numdiff", "numdiff x^2 at [3.0]")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("numdiff <formula> at <array>", "numdiff f at [1.0, 2.0]", "The lecture's numeric gradient, bit for bit as NumPy computes it ([3] is an int64 array: see what happens)."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var (formulaSpan, arraySpan) = AtClause.Split(line, rest);
        if (arraySpan is not { } array)
            throw LineError.At(line, new SourceSpan(rest.End, 1), SessionCodes.BadCommand, "numdiff needs an input array: numdiff x^2 at [3.0].");
        var operand = OperandReader.Read(session, line, formulaSpan);
        var formula = operand.Formula;
        var layout = operand.Variables.SequenceEqual(formula.Variables) ? null : $"[{string.Join(", ", operand.Variables)}]";
        var report = FormulaReports.NumericGradient(formula, LineSpans.Text(line, array), layout);
        return new CommandOutcome(session, new NumDiffResult(report) { Messages = [.. operand.Messages, .. report.Messages] });
    }
}
