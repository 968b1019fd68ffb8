using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>Splits <c>f at (1, 2)</c> into the formula and the point.</summary>
internal static class AtClause
{
    /// <summary>The formula's span and the point's span (null without <c>at</c>).</summary>
    /// <exception cref="LineError"><c>at</c> with nothing after it.</exception>
    public static (SourceSpan Formula, SourceSpan? Point) Split(string line, SourceSpan span)
    {
        var at = Keywords.Find(line, span, "at");
        if (at < 0) return (span, null);
        var point = LineSpans.Between(line, at + 2, span.End);
        if (point.Length == 0)
            throw LineError.At(line, new SourceSpan(at, 2), SessionCodes.BadCommand, "'at' needs a point after it: (1.0, 2.0) or x=1.0, y=2.0.");
        return (LineSpans.Between(line, span.Start, at), point);
    }
}
