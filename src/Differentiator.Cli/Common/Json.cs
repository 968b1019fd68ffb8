using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Differentiator.Syntax;

namespace Differentiator.Cli;

/// <summary>JSON output: indented, Unicode kept as is, doubles in round-trip form.</summary>
public static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes a node.</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Options);

    /// <summary>A diagnostic as a JSON object.</summary>
    public static JsonObject Of(Diagnostic d) => new()
    {
        ["severity"] = d.Severity.ToString().ToLowerInvariant(),
        ["code"] = d.Code,
        ["message"] = d.Message,
        ["start"] = d.Span.Start,
        ["length"] = d.Span.Length,
    };

    /// <summary>A list of strings as a JSON array.</summary>
    public static JsonArray Array(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    /// <summary>The fields every formula command prints: input, reading, text, code, latex, variables, warnings.</summary>
    public static JsonObject Describe(Formula f) => new()
    {
        ["input"] = f.Source,
        ["reading"] = f.Reading,
        ["text"] = f.ToText(),
        ["code"] = f.ToCode(),
        ["latex"] = f.ToLatex(),
        ["variables"] = Array(f.Variables),
        ["warnings"] = new JsonArray([.. f.Warnings.Select(w => (JsonNode)Of(w))]),
    };
}
