using System.Text.Json;
using Differentiator.Syntax;
using Microsoft.AspNetCore.Http;

namespace Differentiator.Web.Api;

/// <summary>
/// The fields of one API request body, such as
/// <c>{"formula": "2x+3xy+y^3", "wrt": ["x"], "at": {"x": 1.0, "y": 2.0}, "order": 1, "steps": true}</c>.
/// Each endpoint names the fields it reads; any other field is an error, so nothing a client
/// sends is silently ignored.
/// </summary>
internal sealed class ApiRequest
{
    private readonly JsonElement _body;

    private ApiRequest(HttpContext context, JsonElement body)
    {
        Context = context;
        _body = body;
    }

    /// <summary>The request's context (its services hold the server's options).</summary>
    public HttpContext Context { get; }

    /// <summary>Reads the body and checks that it has only <paramref name="fields"/>.</summary>
    public static async Task<ApiRequest> ReadAsync(HttpContext context, params string[] fields)
    {
        var body = await RequestBody.ReadObjectAsync(context).ConfigureAwait(false);
        foreach (var property in body.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
                throw ApiRequestException.BadRequest($"This endpoint reads the fields {string.Join(", ", fields)}; '{MessageText.Excerpt(property.Name)}' is not one of them.");
        }
        return new ApiRequest(context, body);
    }

    /// <summary>The formula: a required string.</summary>
    public string Formula => String("formula") ?? throw ApiRequestException.BadRequest("The request needs a \"formula\", such as {\"formula\": \"2x+3xy+y^3\"}.");

    /// <summary>A string field, or null when absent.</summary>
    public string? String(string name) => Field(name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => throw WrongType(name, "a string"),
    };

    /// <summary>A true/false field, false when absent.</summary>
    public bool Flag(string name) => Field(name) switch
    {
        null => false,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw WrongType(name, "true or false"),
    };

    /// <summary>A whole-number field, or <paramref name="absent"/>.</summary>
    public int Integer(string name, int absent) => Field(name) switch
    {
        null => absent,
        { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var n) => n,
        _ => throw WrongType(name, "a whole number"),
    };

    /// <summary>A number field, or <paramref name="absent"/>.</summary>
    public double Number(string name, double absent) => Field(name) switch
    {
        null => absent,
        { ValueKind: JsonValueKind.Number } e when e.TryGetDouble(out var d) && double.IsFinite(d) => d,
        _ => throw WrongType(name, "a finite number"),
    };

    /// <summary>A list of names: <c>["x", "y"]</c>, or one string <c>"x,y"</c>; null when absent.</summary>
    public IReadOnlyList<string>? Names(string name)
    {
        var field = Field(name);
        if (field is null) return null;
        IReadOnlyList<string> names = field.Value.ValueKind switch
        {
            JsonValueKind.String => field.Value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            JsonValueKind.Array => [.. field.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw WrongType(name, "a list of names"))],
            _ => throw WrongType(name, "a list of names, such as [\"x\", \"y\"]"),
        };
        return names.Count > 0 ? names : throw ApiRequestException.BadRequest($"\"{name}\" needs at least one variable name, such as [\"x\"].");
    }

    /// <summary>The raw field, or null when absent or JSON null.</summary>
    public JsonElement? Field(string name) =>
        _body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static ApiRequestException WrongType(string name, string expected) =>
        ApiRequestException.BadRequest($"\"{name}\" must be {expected}.");
}
