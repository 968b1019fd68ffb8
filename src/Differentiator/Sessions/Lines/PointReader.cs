using System.Globalization;
using System.Text.RegularExpressions;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>
/// Reads the point after <c>at</c>: values in the order of the variables, <c>(1.0, 2.0)</c>, or by
/// name, <c>x=1.0, y=2.0</c>. A value written as an integer stays one (<c>x=3</c> is int64 input to
/// the lecture's numeric gradient); a value may be a formula without variables (<c>pi/2</c>, <c>a</c>).
/// </summary>
internal static partial class PointReader
{
    [GeneratedRegex(@"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")]
    private static partial Regex Number();

    /// <exception cref="LineError">The point cannot be read, or does not give one value per variable.</exception>
    public static Point Read(Session session, string line, SourceSpan span, IReadOnlyList<string> variables)
    {
        var text = LineSpans.Text(line, span);
        if (text.StartsWith('(') && text.EndsWith(')')) span = LineSpans.Between(line, span.Start + 1, span.End - 1);
        if (text.Contains('=', StringComparison.Ordinal)) return Named(line, span);
        var values = Keywords.SplitCommas(line, span).Where(v => v.Length > 0).ToList();
        if (values.Count != variables.Count)
            throw LineError.At(line, span, ErrorCodes.MissingValue, variables.Count == 0
                ? "The formula has no variables, so it needs no point."
                : $"The point gives {values.Count} value(s), but the formula has {variables.Count} variable(s): {string.Join(", ", variables)}. Give one value for each, in that order, or name them: x=1.0, y=2.0.");
        var pairs = values.Select((v, i) => $"{variables[i]}={ValueText(session, line, v)}");
        return Point.Parse(string.Join(", ", pairs));
    }

    private static Point Named(string line, SourceSpan span)
    {
        var text = LineSpans.Text(line, span);
        try
        {
            return Point.Parse(text);
        }
        catch (InvalidInputException e) when (e.Span is { } at)
        {
            throw LineError.At(line, LineSpans.Shift(at, span.Start), e.Code, e.Message);
        }
    }

    private static string ValueText(Session session, string line, SourceSpan value)
    {
        var text = LineSpans.Text(line, value);
        if (Number().IsMatch(text)) return text;
        var operand = OperandReader.Read(session, line, value);
        if (operand.Formula.Variables.Count > 0)
            throw LineError.At(line, value, ErrorCodes.InvalidPoint,
                $"A value of the point must be a number, not a formula of {string.Join(", ", operand.Formula.Variables)}.");
        double number;
        try { number = operand.Formula.Evaluate(new Dictionary<string, double>()); }
        catch (Expressions.Evaluation.EvaluationException e) { throw LineError.At(line, value, ErrorCodes.InvalidPoint, $"{text} has no value: {e.Message}"); }
        var written = number.ToString("R", CultureInfo.InvariantCulture);
        return double.IsFinite(number) && !written.Contains('.') && !written.Contains('E') ? written + ".0" : written;
    }
}
