using System.Globalization;

namespace Differentiator.Plotting;

/// <summary>The names and texts a picture shows: f, g, h for the formulas, primes for derivatives, shortened formulas.</summary>
public static class PlotLabels
{
    /// <summary>The longest formula text a label shows before it is shortened with …</summary>
    public const int MaxTextLength = 60;

    private static readonly string[] FunctionNames = ["f", "g", "h", "u", "v", "w", "p", "q"];

    /// <summary>The name of formula <paramref name="index"/>'s derivative of <paramref name="order"/>: <c>f</c>, <c>g'</c>, <c>f'''</c>, <c>f⁽⁴⁾</c>.</summary>
    public static string Name(int index, int order)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        var name = FunctionNames[index % FunctionNames.Length];
        return order <= 3 ? name + new string('\'', order) : $"{name}⁽{Superscript(order)}⁾";
    }

    /// <summary><paramref name="text"/>, cut to <see cref="MaxTextLength"/> characters with … when longer.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");
    }

    /// <summary>A number as a label shows it: <c>-5</c>, <c>0.25</c>, <c>3.14159</c>.</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>The title: the formulas, and "and its derivative(s)" when derivatives are drawn.</summary>
    public static string Title(IReadOnlyList<string> formulaTexts, int derivativeOrder)
    {
        ArgumentNullException.ThrowIfNull(formulaTexts);
        var formulas = Shorten(string.Join(", ", formulaTexts));
        if (derivativeOrder == 0) return formulas;
        var whose = formulaTexts.Count == 1 ? "its" : "their";
        var what = derivativeOrder > 1 ? $"derivatives to order {derivativeOrder}"
            : formulaTexts.Count == 1 ? "derivative" : "derivatives";
        return $"{formulas} and {whose} {what}";
    }

    private static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(c => "⁰¹²³⁴⁵⁶⁷⁸⁹"[c - '0']));
}
