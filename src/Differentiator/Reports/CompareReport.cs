using Differentiator.Calculus.Numeric;

namespace Differentiator.Reports;

/// <summary>The symbolic derivative beside the numeric ones at a point, with a verdict per variable.</summary>
public sealed record CompareReport(Formula Formula, Point At, DerivativeComparison Comparison, IReadOnlyList<ReportMessage> Messages);
