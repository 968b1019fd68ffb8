namespace Differentiator.Reports;

/// <summary>A formula's value at a point.</summary>
public sealed record EvalReport(Formula Formula, Point? At, double Value)
{
    /// <summary>The parser's warnings.</summary>
    public IReadOnlyList<ReportMessage> Messages => [.. Formula.Warnings.Select(ReportMessage.From)];
}
