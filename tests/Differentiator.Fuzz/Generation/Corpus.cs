using System.Text.Json;

namespace Differentiator.Fuzz.Generation;

/// <summary>
/// The seeds that mutations start from: the lecture's formulas (as the lecture writes them) and
/// every formula and partial derivative of the SymPy reference set.
/// </summary>
public sealed class Corpus
{
    /// <summary>The lecture's formulas, as written in the lecture.</summary>
    private static readonly string[] Lecture =
    [
        "2x + 3xy + y^3", "3x^2 + e^x + 7", "6x + e^x", "ln x + 1/x", "1/x - 1/x^2", "e^(3x^2)", "6x e^(3x^2)",
        "e^(-x)", "x^2", "wx + xyz + 3w + zy^2", "w1x1 + w2x2 + w3x3 - θ", "w1x1 + w2x2 + w3x3 + b",
        "1/(1+e^-z)", "σ(z)", "1/(sqrt(2π)σ) · e^(-(x-μ)²/(2σ²))", "(f(x+Δx) - f(x))/Δx", "2n", "2n-1",
        "sigmoid(2x1 + 3x2 - 1)", "relu(x)", "step(z)", "2 + 3y", "3x + 3y^2",
    ];

    private Corpus(IReadOnlyList<string> formulas) => Formulas = formulas;

    /// <summary>Every seed formula.</summary>
    public IReadOnlyList<string> Formulas { get; }

    /// <summary>The lecture's formulas and the reference files copied next to the fuzzer.</summary>
    public static Corpus Load()
    {
        var formulas = new List<string>(Lecture);
        var folder = Path.Combine(AppContext.BaseDirectory, "Corpus");
        formulas.AddRange(ReferenceFormulas(Path.Combine(folder, "derivatives.json")));
        formulas.AddRange(LectureFigures(Path.Combine(folder, "lecture.json")));
        return new Corpus([.. formulas.Distinct(StringComparer.Ordinal)]);
    }

    private static IEnumerable<string> ReferenceFormulas(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            foreach (var key in new[] { "f", "f_caret" })
                if (c.TryGetProperty(key, out var f) && f.ValueKind == JsonValueKind.String) yield return f.GetString()!;
            foreach (var key in new[] { "partials", "partials_simplified" })
                if (c.TryGetProperty(key, out var partials) && partials.ValueKind == JsonValueKind.Object)
                    foreach (var p in partials.EnumerateObject())
                        if (p.Value.ValueKind == JsonValueKind.String) yield return p.Value.GetString()!;
        }
    }

    private static IEnumerable<string> LectureFigures(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var c in document.RootElement.GetProperty("cases").EnumerateArray())
            if (c.TryGetProperty("f", out var f) && f.ValueKind == JsonValueKind.String) yield return f.GetString()!;
    }
}
