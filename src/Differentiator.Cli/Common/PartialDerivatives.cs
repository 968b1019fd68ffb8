using System.Globalization;
using System.Text.Json.Nodes;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Cli;

/// <summary>One derivative a command computed: by which variable, how often, the result and its value at the point.</summary>
public sealed record PartialResult(string Variable, int Order, DerivativeResult Derivative, double? Value, IReadOnlyList<Derivation> Steps)
{
    /// <summary><c>d/dx</c>, or <c>d^2/dx^2</c> for higher orders.</summary>
    public string Label => Order == 1 ? $"d/d{Variable}" : $"d^{Order}/d{Variable}^{Order}";

    /// <summary>The label in LaTeX: <c>\frac{d}{dx}</c>, <c>\frac{d^{2}}{dx^{2}}</c>.</summary>
    public string LatexLabel => Order == 1 ? $"\\frac{{d}}{{d{Variable}}}" : $"\\frac{{d^{{{Order}}}}}{{d{Variable}^{{{Order}}}}}";
}

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

    /// <summary>The values of <c>--at</c>; every variable of the formula needs one.</summary>
    public static IReadOnlyDictionary<string, double> Point(Formula f, string at)
    {
        var point = PointParser.Parse(at);
        var missing = f.Variables.Where(v => point.All(c => c.Name != v)).ToArray();
        if (missing.Length > 0)
            throw new InputException($"--at gives no value for {string.Join(", ", missing)} (the formula's variables are {string.Join(", ", f.Variables)}).");
        return PointParser.ToValues(point);
    }

    /// <summary>The <paramref name="order"/>-th derivative by each variable, with values and steps when asked for.</summary>
    public static IReadOnlyList<PartialResult> Compute(Formula f, IReadOnlyList<string> variables, int order,
        IReadOnlyDictionary<string, double>? point, bool steps)
    {
        if (order < 1) throw new InputException($"--order must be at least 1, not {order}.");
        return variables.Select(v =>
        {
            var result = Derivative.Compute(f.Expression, Enumerable.Repeat(v, order).ToList());
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

    /// <summary>The JSON object of one derivative: wrt, order, result (text), code, latex, value, steps.</summary>
    public static JsonObject ToJson(PartialResult r)
    {
        var json = new JsonObject
        {
            ["wrt"] = r.Variable,
            ["order"] = r.Order,
            ["result"] = r.Derivative.Expression.ToString(),
            ["code"] = r.Derivative.Expression.ToCode(),
            ["latex"] = r.Derivative.Expression.ToLatex(),
        };
        if (r.Value is { } v) json["value"] = v;
        if (r.Steps.Count > 0)
            json["steps"] = new JsonArray([.. r.Steps.Select(s => (JsonNode)new JsonObject
            {
                ["text"] = s.ToText(),
                ["latex"] = s.ToLatex(),
                ["rules"] = new JsonArray([.. s.Steps.Select(StepJson)]),
            })]);
        return json;
    }

    private static JsonNode StepJson(DerivationStep s)
    {
        var json = new JsonObject
        {
            ["rule"] = s.Rule.ToString(),
            ["depth"] = s.Depth,
            ["expression"] = s.Expression.ToString(),
            ["result"] = s.Result.ToString(),
        };
        if (s.Substitution is { } c)
        {
            json["substitution"] = new JsonObject
            {
                ["variable"] = c.Variable.Name,
                ["inner"] = c.Inner.ToString(),
                ["outer"] = c.Outer.ToString(),
                ["outerDerivative"] = c.OuterDerivative.ToString(),
                ["innerDerivative"] = c.InnerDerivative.ToString(),
            };
        }
        return json;
    }

    /// <summary>The JSON document of a diff or grad command: the formula's fields, the derivatives, warnings and notes.</summary>
    public static JsonObject Document(Formula f, IReadOnlyList<PartialResult> results, IReadOnlyDictionary<string, double>? point)
    {
        var json = Json.Describe(f);
        json["derivatives"] = new JsonArray([.. results.Select(r => (JsonNode)ToJson(r))]);
        var warnings = (JsonArray)json["warnings"]!;
        foreach (var note in Notes(f, results, point))
            warnings.Add(new JsonObject { ["severity"] = "note", ["code"] = "derivative", ["message"] = note });
        json.Remove("warnings");
        json["warnings"] = warnings;
        return json;
    }

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
