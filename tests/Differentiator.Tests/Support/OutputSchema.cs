using System.Text.Json.Nodes;
using Json.Schema;

namespace Differentiator.Tests.Support;

/// <summary><c>docs/schema/dx-output.schema.json</c>, and checks of documents against it or one of its <c>$defs</c>.</summary>
public static class OutputSchema
{
    private const string Id = "urn:differentiator:dx-output";

    private static readonly EvaluationOptions Options = Load();

    private static EvaluationOptions Load()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };
        options.SchemaRegistry.Register(JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schema", "dx-output.schema.json")));
        return options;
    }

    /// <summary>The problems of <paramref name="json"/> against the whole schema and, when given, against <c>$defs/<paramref name="kind"/></c>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string json, string? kind = null)
    {
        var node = JsonNode.Parse(json);
        var problems = new List<string>();
        Check(Id, "the schema");
        if (kind is not null) Check($"{Id}#/$defs/{kind}", kind);
        return problems;

        void Check(string reference, string what)
        {
            var schema = JsonSchema.FromText($$"""{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "{{reference}}"}""");
            var result = schema.Evaluate(node, Options);
            if (result.IsValid) return;
            problems.AddRange(result.Details.Where(d => d.HasErrors)
                .SelectMany(d => d.Errors!.Select(e => $"{what}: {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
            if (problems.Count == 0) problems.Add($"{what}: invalid");
        }
    }
}
