using Differentiator.Calculus.Numeric;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Reports;

/// <summary>
/// The one facade the front ends call (the <c>dx</c> commands, the REPL, the web API): each job
/// from a parsed formula to a report that holds every result, warning and note, ready to be shown
/// as text or serialized by <see cref="ReportJson"/>. Front ends only read input and print.
/// </summary>
public static class FormulaReports
{
    /// <summary>How the formula was read.</summary>
    public static ParseReport Parse(Formula formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return new(formula);
    }

    /// <summary>The value at <paramref name="at"/> (which may be null for a formula without variables).</summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable.</exception>
    /// <exception cref="EvaluationException">The formula is undefined there.</exception>
    public static EvalReport Evaluate(Formula formula, Point? at)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var values = at?.ValuesFor(formula.Variables) ?? Point.Of().ValuesFor(formula.Variables);
        return new(formula, at, formula.Evaluate(values));
    }

    /// <summary>
    /// Derivatives by each variable asked for (all the formula's by default; <c>x</c> for a formula
    /// without variables, with a note), each with its value at the point when one is given. A
    /// partial that is undefined at the point carries why, and the others still have their values.
    /// </summary>
    /// <exception cref="InvalidInputException">The order is out of range, or the point gives no value for a variable.</exception>
    public static DiffReport Differentiate(Formula formula, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        options ??= new DiffOptions();
        var messages = formula.Warnings.Select(ReportMessage.From).ToList();
        var variables = VariablesToDifferentiate(formula, options.Wrt, messages);
        var values = options.At?.ValuesFor(formula.Variables);
        var partials = variables.Select(v => Partial(formula, v, options, values)).ToList();

        var notes = new List<string>();
        foreach (var p in partials)
            foreach (var note in p.Derivative.Notes.Concat(p.Steps.SelectMany(s => s.Notes)))
                if (!notes.Contains(note)) notes.Add(note);
        messages.AddRange(notes.Select(n => ReportMessage.Note(ErrorCodes.DerivativeNote, n)));
        if (values is not null) messages.AddRange(PointMessages(formula, values, options.At!, partials));
        return new(formula, partials, options.At, messages);
    }

    /// <summary>The gradient at a point: every partial derivative in variable order, with its value.</summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable.</exception>
    public static DiffReport Gradient(Formula formula, Point at)
    {
        ArgumentNullException.ThrowIfNull(at);
        return Differentiate(formula, new DiffOptions { At = at });
    }

    /// <summary>The lecture's numeric gradient at an input array (<c>"[3.0]"</c>, <c>"[[1.0, 2.0], [3.0, 4.0]]"</c>), bit for bit as NumPy computes it.</summary>
    /// <exception cref="InvalidInputException">The input or layout cannot be read or does not fit the formula.</exception>
    public static NumDiffReport NumericGradient(Formula formula, string input, string? layout = null, NumericGradientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var result = formula.NumericGradient(input, options, layout);
        var names = layout is null ? NameArray.Of(result.Input.Shape, formula.Variables) : NameArray.Parse(layout);
        var messages = formula.Warnings.Select(ReportMessage.From).ToList();
        messages.AddRange(result.Warnings.Select(w => ReportMessage.Warning(ErrorCodes.NumericWarning, w.Message)));
        var values = names.Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => result.Input.GetDouble(p.i), StringComparer.Ordinal);
        if (UndefinedReason(formula, values) is { } reason)
            messages.Add(ReportMessage.Note(ErrorCodes.UndefinedAtPoint,
                $"The formula is undefined at the input ({reason}), so the difference quotient straddles a pole or a boundary and its value means nothing; it is shown as NumPy computes it."));
        return new(formula, names, result, messages);
    }

    /// <summary>The symbolic derivative beside the lecture's central difference, the complex step and dual numbers, with verdicts.</summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable, or the step is not positive.</exception>
    /// <exception cref="EvaluationException">The formula is undefined at the point, where no derivative means anything.</exception>
    public static CompareReport Compare(Formula formula, Point at, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(at);
        formula.Evaluate(at);
        var comparison = formula.Compare(at, options);
        return new(formula, at, comparison, [.. formula.Warnings.Select(ReportMessage.From)]);
    }

    private static IReadOnlyList<string> VariablesToDifferentiate(Formula formula, IReadOnlyList<string>? wrt, List<ReportMessage> messages)
    {
        if (wrt is null || wrt.Count == 0)
        {
            if (formula.Variables.Count > 0) return formula.Variables;
            messages.Add(ReportMessage.Note(ErrorCodes.NoVariables,
                $"{Describe(formula)} has no variables, so its derivative by any variable is 0; shown for x."));
            return ["x"];
        }
        var absent = wrt.Where(v => !formula.Variables.Contains(v)).Distinct(StringComparer.Ordinal).ToList();
        if (absent.Count == 1)
        {
            var v = Syntax.MessageText.Excerpt(absent[0]);
            messages.Add(ReportMessage.Warning(ErrorCodes.AbsentVariable, $"{v} does not occur in {Describe(formula)}, so the derivative by {v} is 0."));
        }
        else if (absent.Count > 1)
            messages.Add(ReportMessage.Warning(ErrorCodes.AbsentVariable,
                $"{Syntax.MessageText.FirstFew(absent)} do not occur in {Describe(formula)}, so the derivatives by them are 0."));
        return wrt;
    }

    private static PartialReport Partial(Formula formula, string variable, DiffOptions options, IReadOnlyDictionary<string, double>? values)
    {
        var derivative = formula.Differentiate(variable, options.Order);
        var steps = options.Steps ? formula.Steps(variable, options.Order) : [];
        double? value = null;
        string? error = null;
        if (values is not null)
        {
            try { value = derivative.Evaluate(values); }
            catch (EvaluationException e) { error = e.Message; }
        }
        return new(variable, options.Order, derivative, value, error, steps);
    }

    private static IEnumerable<ReportMessage> PointMessages(Formula formula, IReadOnlyDictionary<string, double> values, Point at, IReadOnlyList<PartialReport> partials)
    {
        if (UndefinedReason(formula, values) is { } reason)
            yield return ReportMessage.Note(ErrorCodes.UndefinedAtPoint,
                $"The formula itself is undefined at {at} ({reason}), so a derivative's value there means nothing.");
        foreach (var p in partials.Where(p => p.ValueError is not null))
            yield return ReportMessage.Note(ErrorCodes.PartialUndefined, $"{p.Label} = {p.Derivative.ToText()} is undefined at {at}: {p.ValueError}");
    }

    private static string? UndefinedReason(Formula formula, IReadOnlyDictionary<string, double> values)
    {
        try
        {
            formula.Evaluate(values);
            return null;
        }
        catch (EvaluationException e)
        {
            return e.Message;
        }
    }

    private static string Describe(Formula formula) => formula.Source.Length <= 40 ? formula.Source : "the formula";
}
