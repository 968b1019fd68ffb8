using System.Globalization;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Cli;

/// <summary>The shared work of <c>dx diff</c> and <c>dx grad</c>: choosing variables, differentiating, evaluating, JSON.</summary>
public static class PartialDerivatives
{
    /// <summary>The variables of <c>--wrt x,y</c>, or all of the formula's variables in order when it is absent.</summary>
    public static IReadOnlyList<string> Variables(Formula f, string? wrt)
    {
        if (string.IsNullOrWhiteSpace(wrt)) return f.Variables;
        var names = wrt.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new InputException("--wrt needs at least one variable name.");
        return names;
    }

    /// <summary>The <paramref name="order"/>-th derivative by each variable, with values and steps when asked for.</summary>
    public static IReadOnlyList<PartialResult> Compute(Formula f, IReadOnlyList<string> variables, int order,
        IReadOnlyDictionary<string, double>? point, bool steps)
    {
        if (order < 1) throw new InputException($"--order must be at least 1, not {order}.");
        return variables.Select(v =>
        {
            var result = Derivative.Compute(f.Expression, v, order);
            var value = point is null ? (double?)null : result.Expression.Evaluate(point);
            return new PartialResult(v, order, result, value, steps ? StepsOf(f, v, order) : []);
        }).ToList();
    }

    private static List<Derivation> StepsOf(Formula f, string variable, int order)
    {
        var stages = new List<Derivation>();
        var current = f.Expression;
        for (var k = 0; k < order; k++)
        {
            var stage = Derivative.Steps(current, variable);
            stages.Add(stage);
            current = stage.Result;
        }
        return stages;
    }

    /// <summary>A double in round-trip form.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// The notes of all results, each once (non-smooth points, domain assumptions, limits reached),
    /// and a note when the formula itself is undefined at the point, where a derivative means nothing.
    /// </summary>
    public static IReadOnlyList<string> Notes(Formula f, IReadOnlyList<PartialResult> results, IReadOnlyDictionary<string, double>? point)
    {
        var notes = results.SelectMany(r => r.Derivative.Notes.Concat(r.Steps.SelectMany(s => s.Notes))).Distinct().ToList();
        if (point is null) return notes;
        try
        {
            f.Evaluate(point);
        }
        catch (EvaluationException e)
        {
            notes.Insert(0, $"the formula itself is undefined at the point, so the derivative's value there means nothing: {e.Message}");
        }
        return notes;
    }

    /// <summary>Writes the notes to standard error.</summary>
    public static void ReportNotes(CliContext context, Formula f, IReadOnlyList<PartialResult> results, IReadOnlyDictionary<string, double>? point)
    {
        foreach (var note in Notes(f, results, point)) context.Error.WriteLine($"note: {note}");
    }
}
