using System.Globalization;

namespace Differentiator.Cli;

/// <summary>One coordinate of a point: <c>x=3</c> is an integer, <c>x=3.0</c> a decimal.</summary>
public sealed record Coordinate(string Name, double Value, bool IsInteger, string Text);

/// <summary>Parses <c>--at x=1.0,y=2.0</c>.</summary>
public static class PointParser
{
    /// <summary>The coordinates in the order given.</summary>
    /// <exception cref="InputException">The text is not of the form <c>name=value,…</c>.</exception>
    public static IReadOnlyList<Coordinate> Parse(string text)
    {
        var coordinates = new List<Coordinate>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
                throw new InputException($"--at expects name=value pairs such as x=1.0,y=2.0; '{part}' is not one.");
            var name = part[..eq].Trim();
            var valueText = part[(eq + 1)..].Trim();
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InputException($"--at: '{valueText}' (the value of {name}) is not a number.");
            if (coordinates.Any(c => c.Name == name))
                throw new InputException($"--at gives {name} twice.");
            var isInteger = valueText.TrimStart('-', '+').All(char.IsAsciiDigit);
            coordinates.Add(new Coordinate(name, value, isInteger, valueText));
        }
        if (coordinates.Count == 0) throw new InputException("--at needs at least one name=value pair.");
        return coordinates;
    }

    /// <summary>The values of <c>--at</c> for a formula; every variable of the formula needs one (no <c>--at</c> is fine without variables).</summary>
    /// <exception cref="InputException">The text is malformed, or a variable has no value.</exception>
    public static IReadOnlyDictionary<string, double> ValuesFor(Formula f, string? at)
    {
        var point = at is null ? [] : Parse(at);
        var missing = f.Variables.Where(v => point.All(c => c.Name != v)).ToArray();
        if (missing.Length > 0)
            throw new InputException($"--at gives no value for {string.Join(", ", missing)} (the formula's variables are {string.Join(", ", f.Variables)}).");
        return ToValues(point);
    }

    /// <summary>The coordinates as a name → value map.</summary>
    public static IReadOnlyDictionary<string, double> ToValues(IReadOnlyList<Coordinate> point) =>
        point.ToDictionary(c => c.Name, c => c.Value);
}
