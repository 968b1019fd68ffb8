using System.Text.Json.Nodes;
using Differentiator.Calculus.Symbolic;

namespace Differentiator.Cli;

/// <summary>The JSON form of derivatives for <c>dx diff</c> and <c>dx grad</c>.</summary>
public static class DerivativeJson
{
    /// <summary>The JSON object of one derivative: wrt, order, result (text), code, latex, value, steps.</summary>
    public static JsonObject ToJson(PartialResult r)
    {
        var json = new JsonObject
        {
            ["wrt"] = r.Variable,
            ["order"] = r.Order,
            ["result"] = r.Derivative.Expression.ToText(),
            ["code"] = r.Derivative.Expression.ToCode(),
            ["latex"] = r.Derivative.Expression.ToLatex(),
        };
        if (r.Value is { } v) json["value"] = v;
        if (r.Steps.Count > 0)
            json["steps"] = new JsonArray([.. r.Steps.Select(s => (JsonNode)new JsonObject
            {
                ["text"] = s.ToText(),
                ["latex"] = s.ToLatex(),
                ["rules"] = new JsonArray([.. s.ShownSteps.Select(StepJson)]),
                ["omittedRules"] = s.OmittedSteps,
            })]);
        return json;
    }

    private static JsonNode StepJson(DerivationStep s)
    {
        var json = new JsonObject
        {
            ["rule"] = s.Rule.ToString(),
            ["depth"] = s.Depth,
            ["expression"] = Show(s.Expression),
            ["result"] = Show(s.Result),
        };
        if (s.Substitution is { } c)
        {
            json["substitution"] = new JsonObject
            {
                ["variable"] = c.Variable.Name,
                ["inner"] = Show(c.Inner),
                ["outer"] = Show(c.Outer),
                ["outerDerivative"] = Show(c.OuterDerivative),
                ["innerDerivative"] = Show(c.InnerDerivative),
            };
        }
        return json;
    }

    private static string Show(Expressions.Expr e) => e.ToString(Derivation.FormulaCharacters);

    /// <summary>The JSON document of a diff or grad command: the formula's fields, the derivatives, warnings and notes.</summary>
    public static JsonObject Document(Formula f, IReadOnlyList<PartialResult> results, IReadOnlyDictionary<string, double>? point)
    {
        var json = Json.Describe(f);
        json["derivatives"] = new JsonArray([.. results.Select(r => (JsonNode)ToJson(r))]);
        var warnings = (JsonArray)json["warnings"]!;
        foreach (var note in PartialDerivatives.Notes(f, results, point))
            warnings.Add(new JsonObject { ["severity"] = "note", ["code"] = "derivative", ["message"] = note });
        json.Remove("warnings");
        json["warnings"] = warnings;
        return json;
    }
}
