using System.Text.Json;
using Differentiator.Grading;

namespace Differentiator.Tests.Grading;

/// <summary>The public examples of the grading contract (grading-examples.json, checked with SymPy): each answer gets its verdict and an accepted diagnosis.</summary>
public class GradingExamplesTests
{
    public sealed record Example(string Exercise, string Answer, string Verdict, IReadOnlyList<string>? Diagnoses)
    {
        public override string ToString() => $"{Exercise}: {Answer}";
    }

    private static readonly Lazy<(PreparedSet Set, List<Example> Answers)> Data = new(Load);

    public static IEnumerable<Example> Examples() => Data.Value.Answers;

    [TestCaseSource(nameof(Examples))]
    public void Example_gets_its_verdict_and_an_accepted_diagnosis(Example example)
    {
        var set = Data.Value.Set;
        var grade = AnswerGrader.Grade(set.Exercises[set.IndexOf(example.Exercise)], example.Answer);
        Assert.That(grade.Verdict.Name(), Is.EqualTo(example.Verdict), GradingFixtures.Describe(grade));
        if (example.Verdict == "incorrect")
        {
            Assert.That(grade.Diagnosis, Is.Not.Null, "an incorrect answer always has a diagnosis");
            if (example.Diagnoses is not null) Assert.That(example.Diagnoses, Does.Contain(grade.Diagnosis!.Value.Name()), GradingFixtures.Describe(grade));
        }
        else Assert.That(grade.Diagnosis, Is.Null);
    }

    [Test]
    public void Every_verdict_occurs_among_the_examples()
    {
        Assert.That(Examples().Select(e => e.Verdict).Distinct(), Is.EquivalentTo(new[] { "correct", "incorrect", "invalid" }));
    }

    private static (PreparedSet, List<Example>) Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "grading-examples.json")));
        var root = doc.RootElement;
        // The examples' exercises are a JSON list in the set's own shape: the reader takes JSON as it is.
        var set = PreparedSet.Load($"{{\"title\": \"examples\", \"exercises\": {root.GetProperty("exercises").GetRawText()}}}", "grading-examples.json");
        var answers = root.GetProperty("answers").EnumerateArray().Select(a => new Example(
            a.GetProperty("exercise").GetString()!,
            a.GetProperty("answer").GetString()!,
            a.GetProperty("verdict").GetString()!,
            a.GetProperty("diagnosis").ValueKind == JsonValueKind.Null ? null : [.. a.GetProperty("diagnosis").EnumerateArray().Select(d => d.GetString()!)])).ToList();
        return (set, answers);
    }
}
