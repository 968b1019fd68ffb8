using System.Globalization;

namespace Differentiator.Cli;

/// <summary>How the text output writes a double.</summary>
public static class Numbers
{
    /// <summary>The shortest text that reads back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A value rounded to 12 significant digits, so <c>-0.29999999999999993</c> shows as <c>-0.3</c>.</summary>
    public static string Short(double value) => value.ToString("G12", CultureInfo.InvariantCulture);

    /// <summary>Reads <c>2,3</c> or <c>0.2, 0.1</c>.</summary>
    /// <exception cref="InvalidInputException">An item is not a finite number.</exception>
    public static IReadOnlyList<double> ParseList(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) throw new InvalidInputException($"{option} needs at least one number.");
        return [.. items.Select(item =>
        {
            if (!double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new InvalidInputException($"{option}: '{item}' is not a number.");
            FiniteValues.Require(option, v);
            return v;
        })];
    }
}
