using System.Text.Json;

namespace Differentiator.Tests.Support;

/// <summary>One case of derivatives.json (SymPy 1.11 reference values).</summary>
public sealed record DerivativeCase(
    string Id,
    string FCaret,
    IReadOnlyList<string> Vars,
    IReadOnlyDictionary<string, double> Point,
    double FValue,
    IReadOnlyDictionary<string, string> Partials,
    IReadOnlyDictionary<string, double> ValuesAtPoint)
{
    public override string ToString() => Id;
}

/// <summary>Loads the reference data copied from the shared folder into Reference/.</summary>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyList<DerivativeCase>> Cases = new(LoadDerivatives);

    public static IReadOnlyList<DerivativeCase> Derivatives => Cases.Value;

    public static string PathOf(string file) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Reference", file);

    private static List<DerivativeCase> LoadDerivatives()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "derivatives.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => new DerivativeCase(
            c.GetProperty("id").GetString()!,
            c.GetProperty("f_caret").GetString()!,
            c.GetProperty("vars").EnumerateArray().Select(v => v.GetString()!).ToArray(),
            c.GetProperty("point").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()),
            c.GetProperty("f_value_at_point").GetDouble(),
            c.GetProperty("partials").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            c.GetProperty("values_at_point").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble()))).ToList();
    }
}
