using System.Globalization;
using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Reports;

/// <summary>
/// Numbers in JSON: doubles in round-trip form, null where not finite (JSON has no NaN or
/// infinity), a value as it was written (<c>3</c> and <c>3.0</c> stay distinct), arrays in their shape.
/// </summary>
internal static class JsonNumbers
{
    public static JsonNode? Of(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    public static JsonNode? Of(double? value) => value is { } v ? Of(v) : null;

    /// <summary>A coordinate as written: <c>3</c> is an integer, <c>3.0</c> keeps its decimal point.</summary>
    public static JsonNode? AsWritten(PointCoordinate c) =>
        !double.IsFinite(c.Value) ? null
        : c.IsInteger ? JsonNode.Parse(c.Value.ToString("R", CultureInfo.InvariantCulture))
        : AsDecimal(c.Value);

    /// <summary>An array as nested JSON arrays of its shape; int64 elements as integers, float64 as doubles that keep a decimal point.</summary>
    public static JsonNode? Array(NdArray array) => Nested(array.Shape, flat => array.DType == DType.Int64
        ? JsonValue.Create(array.GetInt64(flat))
        : AsDecimal(array.GetDouble(flat)));

    /// <summary>Names laid out in their shape.</summary>
    public static JsonNode? Names(NameArray names) => Nested(names.Shape, flat => JsonValue.Create(names.Names[flat]));

    private static JsonNode? AsDecimal(double value) =>
        double.IsFinite(value) ? JsonNode.Parse(NumPyFloatText.Repr(value)) : null;

    private static JsonNode? Nested(IReadOnlyList<int> shape, Func<int, JsonNode?> element)
    {
        var flat = 0;
        return Build(0);

        JsonNode? Build(int axis)
        {
            if (axis == shape.Count) return element(flat++);
            var list = new JsonArray();
            for (var k = 0; k < shape[axis]; k++) list.Add(Build(axis + 1));
            return list;
        }
    }
}
