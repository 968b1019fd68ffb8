using Differentiator.Calculus.Numeric;

namespace Differentiator.Reports;

/// <summary>The lecture's numeric gradient of a formula, with the layout of its input and every warning.</summary>
public sealed record NumDiffReport(Formula Formula, NameArray Layout, NumericGradientResult Result, IReadOnlyList<ReportMessage> Messages);
