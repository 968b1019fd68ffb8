using System.Globalization;
using Differentiator.Calculus.Numeric;
using Differentiator.Syntax;

namespace Differentiator;

/// <summary>
/// A point at which to evaluate or differentiate: <c>x=1.0, y=2.0</c>. Each coordinate remembers
/// whether it was written as an integer (<c>x=3</c>, which NumPy would store in an int64 array)
/// or as a decimal (<c>x=3.0</c>), because the lecture's numeric gradient depends on it.
/// </summary>
public sealed class Point
{
    private Point(IReadOnlyList<PointCoordinate> coordinates) => Coordinates = coordinates;

    /// <summary>The coordinates, in the order given.</summary>
    public IReadOnlyList<PointCoordinate> Coordinates { get; }

    /// <summary>The coordinates as a name → value map.</summary>
    public IReadOnlyDictionary<string, double> Values => Coordinates.ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);

    /// <summary>The variable names, in the order given.</summary>
    public IReadOnlyList<string> Names => [.. Coordinates.Select(c => c.Name)];

    /// <summary>Whether every coordinate was written as an integer.</summary>
    public bool IsIntegerInput => Coordinates.Count > 0 && Coordinates.All(c => c.IsInteger);

    /// <summary>Whether the point gives a value for <paramref name="name"/>.</summary>
    public bool Has(string name) => Coordinates.Any(c => c.Name == name);

    /// <summary>A point of decimal coordinates: <c>Point.Of(("x", 1.0), ("y", 2.0))</c>.</summary>
    /// <exception cref="InvalidInputException">A name repeats, or a value is not finite.</exception>
    public static Point Of(params (string Name, double Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Build([.. values.Select(v => new PointCoordinate(v.Name, v.Value, IsInteger: false))], null, null);
    }

    /// <summary>Reads <c>x=1.0, y=2.0</c> (commas or semicolons between pairs; <c>x=3</c> is an integer, <c>x=3.0</c> a decimal).</summary>
    /// <exception cref="InvalidInputException">The text is not a list of <c>name=number</c> pairs, a name repeats, or a value is not finite.</exception>
    public static Point Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var coordinates = new List<PointCoordinate>();
        var spans = new List<SourceSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny([',', ';'], start);
            if (end < 0) end = text.Length;
            var part = text[start..end];
            if (!string.IsNullOrWhiteSpace(part))
            {
                var partStart = start + (part.Length - part.TrimStart().Length);
                var (coordinate, span) = ParsePair(text, part.Trim(), partStart);
                coordinates.Add(coordinate);
                spans.Add(span);
            }
            start = end + 1;
        }
        if (coordinates.Count == 0)
            throw new InvalidInputException("A point needs at least one name=value pair, such as x=1.0,y=2.0.", ErrorCodes.InvalidPoint, text, new SourceSpan(0, Math.Max(1, text.Length)));
        return Build(coordinates, text, spans);
    }

    /// <summary>
    /// A point from names and values as they were written, such as the raw text of JSON numbers:
    /// <c>("x", "3")</c> is an integer and <c>("x", "3.0")</c> a decimal, by the rule of <see cref="Parse"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">There is no coordinate, a value is not a number, a name repeats, or a value is not finite.</exception>
    public static Point FromWritten(IEnumerable<(string Name, string Value)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var coordinates = values.Select(v => TryParseValue(v.Value, out var value)
            ? new PointCoordinate(v.Name, value, IsIntegerText(v.Value))
            : throw new InvalidInputException($"'{v.Value}' (the value of {v.Name}) is not a number.", ErrorCodes.InvalidPoint)).ToList();
        if (coordinates.Count == 0) throw new InvalidInputException("A point needs at least one name and value, such as {\"x\": 1.0, \"y\": 2.0}.", ErrorCodes.InvalidPoint);
        return Build(coordinates, null, null);
    }

    /// <summary>The values for <paramref name="variables"/>; each needs a coordinate.</summary>
    /// <exception cref="InvalidInputException">A variable has no value.</exception>
    public IReadOnlyDictionary<string, double> ValuesFor(IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var missing = variables.Where(v => !Has(v)).ToList();
        if (missing.Count > 0)
            throw new InvalidInputException(
                $"The point gives no value for {NameList.Describe(missing)} (the formula's variables are {NameList.Describe(variables)}).",
                ErrorCodes.MissingValue);
        return Values;
    }

    /// <summary><c>x = 1.0, y = 2.0</c>, each value as it was written.</summary>
    public override string ToString() => string.Join(", ", Coordinates.Select(c => $"{c.Name} = {c.ValueText}"));

    private static (PointCoordinate, SourceSpan) ParsePair(string text, string pair, int at)
    {
        var eq = pair.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == pair.Length - 1)
            throw new InvalidInputException($"A point is a list of name=value pairs such as x=1.0,y=2.0; '{pair}' is not one.",
                ErrorCodes.InvalidPoint, text, new SourceSpan(at, pair.Length));
        var name = pair[..eq].Trim();
        var valueText = pair[(eq + 1)..].Trim();
        var valueAt = at + pair.IndexOf(valueText, eq + 1, StringComparison.Ordinal);
        var valueSpan = new SourceSpan(valueAt, valueText.Length);
        if (!TryParseValue(valueText, out var value))
            throw new InvalidInputException($"'{valueText}' (the value of {name}) is not a number.", ErrorCodes.InvalidPoint, text, valueSpan);
        return (new PointCoordinate(name, value, IsIntegerText(valueText)), valueSpan);
    }

    /// <summary><c>3</c> and <c>-3</c> are integers (NumPy would store them in an int64 array); <c>3.0</c> and <c>3e0</c> are not.</summary>
    private static bool IsIntegerText(string text) => text.TrimStart('-', '+').All(char.IsAsciiDigit);

    /// <summary>A number, or a spelling of a non-finite value (<c>inf</c>, <c>nan</c>), which the finite-value rule then refuses by name.</summary>
    private static bool TryParseValue(string text, out double value)
    {
        var unsigned = text.TrimStart('+', '-').ToLowerInvariant();
        if (unsigned is "inf" or "infinity" or "∞" or "nan")
        {
            value = unsigned == "nan" ? double.NaN : text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static Point Build(List<PointCoordinate> coordinates, string? text, List<SourceSpan>? spans)
    {
        for (var i = 0; i < coordinates.Count; i++)
        {
            var c = coordinates[i];
            var span = spans?[i];
            if (string.IsNullOrWhiteSpace(c.Name))
                throw new InvalidInputException("A coordinate needs a variable name.", ErrorCodes.InvalidPoint, text, span);
            if (coordinates.Take(i).Any(p => p.Name == c.Name))
                throw new InvalidInputException($"The point gives {c.Name} twice.", ErrorCodes.InvalidPoint, text, span);
            FiniteValues.Require(c.Name, c.Value, text, span);
        }
        return new Point(coordinates);
    }
}
