using Differentiator.Reports;

namespace Differentiator.Sessions.Lines;

/// <summary>
/// What a piece of a line denotes: a formula with every defined name put in (and no parser
/// warnings of its own, so a report does not repeat them), the variables in the order a point
/// <c>(1, 2)</c> gives their values (a function's parameters, else the order of appearance), and
/// the warnings and notes met on the way, placed on the line.
/// </summary>
internal sealed record Operand(Formula Formula, IReadOnlyList<string> Variables, IReadOnlyList<ReportMessage> Messages);
