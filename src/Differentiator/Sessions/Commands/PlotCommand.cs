using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>plot f, g from -2 to 2</c>: a request to draw the formulas, which the front end carries out.</summary>
internal sealed class PlotCommand() : KeywordCommand("plot", "plot f from -2 to 2")
{
    public override IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("plot <formula>[, <formula>…] [from <a> to <b>]", "plot sin x, cos x from -pi to pi", "Draws the formulas (of one variable) into a picture file and says where."),
    ];

    protected override CommandOutcome Run(Session session, string line, SourceSpan rest)
    {
        var from = Keywords.Find(line, rest, "from");
        var to = Keywords.Find(line, rest, "to");
        var formulasEnd = new[] { from, to, rest.End }.Where(i => i >= 0).Min();
        var formulas = Keywords.SplitCommas(line, LineSpans.Between(line, rest.Start, formulasEnd))
            .Select(span => OperandReader.Read(session, line, span).Formula).ToList();
        var low = from < 0 ? (double?)null : Bound(session, line, LineSpans.Between(line, from + 4, to > from ? to : rest.End));
        var high = to < 0 ? (double?)null : Bound(session, line, LineSpans.Between(line, to + 2, from > to ? from : rest.End));
        if (low is { } a && high is { } b && a >= b)
            throw LineError.At(line, LineSpans.Between(line, from, rest.End), SessionCodes.BadCommand, $"The range must go from a smaller number to a larger one, not from {a} to {b}.");
        return new CommandOutcome(session, new PlotRequest(formulas, low, high));
    }

    private static double Bound(Session session, string line, SourceSpan span)
    {
        var operand = OperandReader.Read(session, line, span);
        var (value, error) = Values.Of(operand.Formula, null);
        if (value is { } v && double.IsFinite(v)) return v;
        throw LineError.At(line, span, ErrorCodes.InvalidPoint, error is not null
            ? $"An end of the range has no value: {error}"
            : $"An end of the range must be a number, not a formula of {string.Join(", ", operand.Formula.Variables)}.");
    }
}
