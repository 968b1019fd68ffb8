using System.Text.Json;

namespace Differentiator.Web.Api;

/// <summary>
/// The <c>at</c> field: a point as an object <c>{"x": 1.0, "y": 2}</c> whose numbers keep how they
/// were written (<c>2</c> is an integer, <c>1.0</c> a decimal: the lecture's int64 pitfall depends on
/// it), or as the command line's text <c>"x=1.0,y=2"</c>; for the numeric gradient also an array.
/// </summary>
internal static class PointField
{
    private const string Name = "at";

    /// <summary>The point, or null when the request has none.</summary>
    public static Point? Read(ApiRequest request)
    {
        var field = request.Field(Name);
        return field?.ValueKind switch
        {
            null => null,
            JsonValueKind.String => Point.Parse(field.Value.GetString()!),
            JsonValueKind.Object => Point.FromWritten(field.Value.EnumerateObject().Select(p => (p.Name, Written(p.Value)))),
            _ => throw ApiRequest.WrongType(Name, "a point, such as {\"x\": 1.0, \"y\": 2.0} or \"x=1.0,y=2.0\""),
        };
    }

    /// <summary>The point; the request must have one.</summary>
    public static Point Required(ApiRequest request) =>
        Read(request) ?? throw ApiRequestException.BadRequest("The request needs a point \"at\", such as {\"x\": 1.0, \"y\": 2.0}.");

    /// <summary>
    /// The numeric gradient's input as the array text NumPy would be given: an array
    /// <c>[3.0]</c> or <c>[[1.0, 2.0], [3.0, 4.0]]</c> as written, a string <c>"[3]"</c>, or an object
    /// giving each of the formula's variables a value, taken in the formula's order.
    /// </summary>
    public static string ArrayText(ApiRequest request, Formula formula)
    {
        var field = request.Field(Name) ?? throw ApiRequestException.BadRequest("The request needs an input array \"at\", such as [3.0] or {\"x\": 3.0}.");
        return field.ValueKind switch
        {
            JsonValueKind.Array => field.GetRawText(),
            JsonValueKind.String => field.GetString()!,
            JsonValueKind.Object => InFormulaOrder(field, formula),
            _ => throw ApiRequest.WrongType(Name, "an input array, such as [3.0], or a point such as {\"x\": 3.0}"),
        };
    }

    private static string InFormulaOrder(JsonElement point, Formula formula)
    {
        var values = point.EnumerateObject().ToDictionary(p => p.Name, p => Written(p.Value), StringComparer.Ordinal);
        var extra = values.Keys.Where(k => !formula.Variables.Contains(k)).ToList();
        var missing = formula.Variables.Where(v => !values.ContainsKey(v)).ToList();
        if (extra.Count > 0 || missing.Count > 0 || values.Count == 0)
            throw new InvalidInputException(
                $"As an object, \"at\" gives a value for each of the formula's variables ({string.Join(", ", formula.Variables)}) and no other; send an array with \"vars\" for another layout.",
                ErrorCodes.MissingValue);
        return "[" + string.Join(", ", formula.Variables.Select(v => values[v])) + "]";
    }

    /// <summary>A coordinate's value as written: a JSON number's own text, or a string's contents.</summary>
    private static string Written(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.String => value.GetString()!,
        _ => throw ApiRequest.WrongType(Name, "an object of numbers, such as {\"x\": 1.0, \"y\": 2}"),
    };
}
