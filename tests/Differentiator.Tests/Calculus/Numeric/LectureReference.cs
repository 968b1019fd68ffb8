using System.Text.Json;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>Reads the reference figures shipped in tests/Differentiator.Tests/Reference.</summary>
internal static class LectureReference
{
    private static readonly Lazy<JsonDocument> Lecture = new(() => Load("lecture.json"));
    private static readonly Lazy<JsonDocument> Derivatives = new(() => Load("derivatives.json"));

    public static IEnumerable<JsonElement> LectureCases => Lecture.Value.RootElement.GetProperty("cases").EnumerateArray();

    public static JsonElement LectureCase(string id) => LectureCases.Single(c => c.GetProperty("id").GetString() == id);

    public static IEnumerable<JsonElement> DerivativeCases => Derivatives.Value.RootElement.GetProperty("cases").EnumerateArray();

    public static IEnumerable<string> LectureCaseIds => LectureCases.Select(c => c.GetProperty("id").GetString()!);

    public static IEnumerable<string> DerivativeCaseIds => DerivativeCases.Select(c => c.GetProperty("id").GetString()!);

    public static JsonElement DerivativeCase(string id) => DerivativeCases.Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Every number of a nested JSON array, in C order.</summary>
    public static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            yield return element;
            yield break;
        }
        foreach (var item in element.EnumerateArray())
            foreach (var leaf in Flatten(item))
                yield return leaf;
    }

    private static JsonDocument Load(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Reference", name)));
}
