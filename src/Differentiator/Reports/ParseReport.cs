namespace Differentiator.Reports;

/// <summary>How a formula was read: the formula (its reading, forms and variables) and its warnings.</summary>
public sealed record ParseReport(Formula Formula)
{
    /// <summary>The parser's warnings, each with its span.</summary>
    public IReadOnlyList<ReportMessage> Messages => [.. Formula.Warnings.Select(ReportMessage.From)];
}
