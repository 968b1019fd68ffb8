using Differentiator.Expressions.Evaluation;

namespace Differentiator.Reports;

/// <summary>One row of a value table: x, then f(x) and each derivative's value (null where undefined).</summary>
public sealed record TableRow(double X, IReadOnlyList<double?> Values);

/// <summary>
/// A value table of a formula of one variable over a range (<c>dx table "sigmoid(x)" --from -5 --to 5 --step 1</c>),
/// with its derivatives when asked for.
/// </summary>
public sealed record TableReport(Formula Formula, string Variable, IReadOnlyList<Formula> Columns, IReadOnlyList<TableRow> Rows, IReadOnlyList<ReportMessage> Messages)
{
    /// <summary>The most rows one table may have.</summary>
    public const int MaxRows = 100_000;

    /// <summary>The column headings: <c>x</c>, <c>f(x)</c>, <c>f'(x)</c>, <c>f''(x)</c>, …</summary>
    public IReadOnlyList<string> Headings =>
        [Variable, .. Columns.Select((_, k) => $"f{new string('\'', k)}({Variable})")];

    /// <summary>Tabulates <paramref name="formula"/> from <paramref name="from"/> to <paramref name="to"/> by <paramref name="step"/>, with derivatives up to <paramref name="derivatives"/>.</summary>
    /// <exception cref="InvalidInputException">The range or step makes no table, the table would be too long, or the formula has more than one variable.</exception>
    public static TableReport Compute(Formula formula, double from, double to, double step, int derivatives = 0, string? variable = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        FiniteValues.Require("--from", from);
        FiniteValues.Require("--to", to);
        FiniteValues.Require("--step", step);
        if (step <= 0) throw new InvalidInputException($"The step must be positive, not {step}.");
        if (to < from) throw new InvalidInputException($"The range runs from {from} to {to}: the end is before the start.");
        if (derivatives < 0 || derivatives > 10) throw new InvalidInputException($"A table shows up to 10 derivatives, not {derivatives}.");
        var count = Math.Floor((to - from) / step + 1e-9) + 1;
        if (count > MaxRows) throw new InvalidInputException($"The table would have {count:N0} rows; the limit is {MaxRows:N0}: take a larger step.");
        var x = variable ?? SingleVariable(formula);
        var columns = new List<Formula> { formula };
        for (var k = 1; k <= derivatives; k++) columns.Add(columns[^1].Differentiate(x));
        var rows = new List<TableRow>((int)count);
        for (var i = 0; i < (int)count; i++)
        {
            // Each x from the start, not by adding steps, so no rounding error accumulates.
            var at = Math.Round(from + i * step, 12);
            var values = new Dictionary<string, double> { [x] = at };
            rows.Add(new TableRow(at, [.. columns.Select(c => ValueOrNull(c, values))]));
        }
        var messages = formula.Warnings.Select(ReportMessage.From).ToList();
        messages.AddRange(columns.SelectMany(c => c.Notes).Distinct().Select(n => ReportMessage.Note(ErrorCodes.DerivativeNote, n)));
        return new(formula, x, columns, rows, messages);
    }

    private static string SingleVariable(Formula formula) => formula.Variables.Count switch
    {
        0 => "x",
        1 => formula.Variables[0],
        _ => throw new InvalidInputException(
            $"A table is of one variable, and {formula.Source} has {formula.Variables.Count} ({NameList.Describe(formula.Variables)}); put in values for the others first."),
    };

    private static double? ValueOrNull(Formula f, IReadOnlyDictionary<string, double> values)
    {
        try
        {
            var v = f.Evaluate(values);
            return double.IsFinite(v) ? v : null;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }
}
