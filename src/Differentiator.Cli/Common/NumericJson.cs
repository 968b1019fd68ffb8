using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;

namespace Differentiator.Cli;

/// <summary>JSON for numeric results: arrays in their own shape, numbers as round-trip doubles or integers, null for NaN and infinities.</summary>
public static class NumericJson
{
    /// <summary>A double, or null when it is not finite (JSON has no NaN).</summary>
    public static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    /// <summary>An array as nested JSON arrays of its shape; int64 elements as integers.</summary>
    public static JsonNode? Array(NdArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        var flat = 0;
        return Build(0);

        JsonNode? Build(int axis)
        {
            if (axis == array.Rank)
            {
                var i = flat++;
                return array.DType == DType.Int64 ? JsonValue.Create(array.GetInt64(i)) : Number(array.GetDouble(i));
            }
            var list = new JsonArray();
            for (var k = 0; k < array.Shape[axis]; k++) list.Add(Build(axis + 1));
            return list;
        }
    }
}
