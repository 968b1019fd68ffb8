using System.Text.Json.Nodes;
using Differentiator.Grading;
using Differentiator.Reports;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Grading;

/// <summary>
/// The practice mode's documents (<c>GET /api/exercises</c>, <c>POST /api/grade</c>): valid against their
/// definitions in the schema, and the verdict has the fields of the batch report's answer.
/// </summary>
public sealed class PracticeJsonTests
{
    private static readonly Lazy<PreparedSet> Example = new(() =>
        PreparedSet.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", "grading", "exercises.yaml")), "exercises.yaml"));

    private static JsonObject Verdict(string id, string answer)
    {
        var exercise = Example.Value.Exercises[Example.Value.IndexOf(id)];
        return GradingJson.Verdict(exercise, answer, AnswerGrader.Grade(exercise, answer));
    }

    [Test]
    public void The_list_of_exercises_is_valid_and_gives_no_derivative_away()
    {
        var json = ReportJson.Write(GradingJson.Exercises(Example.Value));
        Assert.That(OutputSchema.Problems(json, "practiceExercises"), Is.Empty, json);
        Assert.That(JsonNode.Parse(json)!["exercises"]!.AsArray(), Has.Count.EqualTo(Example.Value.Exercises.Count));
        Assert.That(json, Does.Not.Contain("6x + e^x"));
    }

    [TestCase("p3-dx", "3y + 2", "correct")]
    [TestCase("p3-dx", "2 + 3y + y^3", "incorrect")]
    [TestCase("p3-dx", "2x +", "invalid")]
    [TestCase("p3-value", "[8, 16]", "incorrect")]
    [TestCase("root", "1/sqrt(x)", "incorrect")]
    public void A_verdict_is_valid_against_its_definition(string id, string answer, string verdict)
    {
        var json = Verdict(id, answer);
        Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo(verdict));
        Assert.That(OutputSchema.Problems(ReportJson.Write(json), "practiceVerdict"), Is.Empty, ReportJson.Write(json));
    }

    [Test]
    public void The_definition_refuses_a_verdict_it_does_not_describe()
    {
        var json = Verdict("p3-dx", "2 + 3y + y^3");
        json["verdict"] = "maybe";
        json["student"] = "s1";
        Assert.That(OutputSchema.Problems(ReportJson.Write(json), "practiceVerdict"), Is.Not.Empty);
    }

    [Test]
    public void An_invalid_verdict_carries_the_error_with_its_offsets_into_the_answer()
    {
        var error = Verdict("p3-gradient", "[2 + 3y, 3x + ]")["error"]!;
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo("DX0008"));
        Assert.That(error["start"]!.GetValue<int>(), Is.EqualTo(13), "just after the second component's +: an offset into the whole answer, not into the component");
    }

    [TestCase("1", "1")]
    [TestCase("1.0", "1.0")]
    [TestCase("-2", "-2")]
    [TestCase("0.5", "0.5")]
    public void The_point_of_a_value_exercise_is_echoed_as_written(string written, string echoed)
    {
        var set = PreparedSet.Load($"exercises:\n  - id: v\n    function: x^2\n    wrt: x\n    at: {{x: {written}}}\n", "set.yaml");
        var json = ReportJson.Write(GradingJson.Exercises(set));
        Assert.That(OutputSchema.Problems(json, "practiceExercises"), Is.Empty, json);
        Assert.That(JsonNode.Parse(json)!["exercises"]![0]!["at"]!.ToJsonString(), Is.EqualTo($"{{\"x\":{echoed}}}"), json);
    }
}
