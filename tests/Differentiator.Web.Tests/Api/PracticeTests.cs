using System.Text.Json.Nodes;
using Differentiator.Grading;
using Differentiator.Reports;
using Differentiator.Web.Tests.Support;

namespace Differentiator.Web.Tests.Api;

/// <summary>
/// The practice mode over the example set: <c>GET /api/exercises</c> and <c>POST /api/grade</c>
/// answer with the grading layer's documents, the same fields <c>dx grade --format json</c> writes.
/// </summary>
public sealed class PracticeTests : ApiFixture
{
    protected override ServerOptions Options => new() { RequestsPerSecond = 0, Exercises = ExampleSet.Set };

    private Task<ApiAnswer> Grade(string exercise, string answer) =>
        Client.PostJson("/api/grade", new JsonObject { ["exercise"] = exercise, ["answer"] = answer }.ToJsonString());

    [Test]
    public async Task The_exercises_are_listed_in_the_sets_order_with_what_a_student_needs()
    {
        var answer = await Client.Get("/api/exercises");
        Assert.That(answer.Status, Is.EqualTo(200));
        var json = answer.Json;
        Assert.That(json["title"]!.GetValue<string>(), Is.EqualTo("Lecture 5: derivatives"));
        var exercises = json["exercises"]!.AsArray();
        Assert.That(exercises.Select(e => e!["id"]!.GetValue<string>()), Is.EqualTo(ExampleSet.Set.Exercises.Select(e => e.Exercise.Id)));
        var p3 = exercises.Single(e => e!["id"]!.GetValue<string>() == "p3-dx")!;
        Assert.That(p3["function"]!.GetValue<string>(), Is.EqualTo("2x + 3xy + y^3"));
        Assert.That(p3["wrt"]!.AsArray().Select(w => w!.GetValue<string>()), Is.EqualTo(new[] { "x" }));
        Assert.That(p3["order"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(p3["points"]!.GetValue<double>(), Is.EqualTo(2));
        Assert.That(p3["at"], Is.Null);
        Assert.That(p3["answer"]!.GetValue<string>(), Is.EqualTo("formula"));
        Assert.That(p3["mathml"]!.GetValue<string>(), Does.StartWith("<math"));
        var value = exercises.Single(e => e!["id"]!.GetValue<string>() == "p3-value")!;
        Assert.That(value["at"]!.ToJsonString(), Is.EqualTo("""{"x":1.0,"y":2.0}"""), "the point's numbers as written");
        Assert.That(value["answer"]!.GetValue<string>(), Is.EqualTo("number"));
        Assert.That(value["list"]!.GetValue<bool>(), Is.True);
        Assert.That(answer.Body, Does.Not.Contain("3y"), "the list does not give the derivatives away");
    }

    [Test]
    public async Task The_list_is_the_grading_layers_document()
    {
        var answer = await Client.Get("/api/exercises");
        Assert.That(answer.Body, Is.EqualTo(ReportJson.Write(GradingJson.Exercises(ExampleSet.Set))));
    }

    [Test]
    public async Task A_correct_answer_earns_the_points()
    {
        var answer = await Grade("p3-dx", "3y + 2");
        Assert.That(answer.Status, Is.EqualTo(200));
        var json = answer.Json;
        Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo("correct"));
        Assert.That(json["score"]!.GetValue<double>(), Is.EqualTo(2));
        Assert.That(json["max"]!.GetValue<double>(), Is.EqualTo(2));
        Assert.That(json["diagnosis"], Is.Null);
        Assert.That(json["counterexample"], Is.Null);
        Assert.That(json["error"], Is.Null);
    }

    [Test]
    public async Task An_incorrect_answer_has_the_mistake_named_and_a_counterexample()
    {
        var answer = await Grade("p3-dx", "2 + 3y + y^3");
        Assert.That(answer.Status, Is.EqualTo(200));
        var json = answer.Json;
        Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo("incorrect"));
        Assert.That(json["score"]!.GetValue<double>(), Is.Zero);
        Assert.That(json["diagnosis"]!.GetValue<string>(), Is.EqualTo("constant-kept"));
        Assert.That(json["feedback"]!.GetValue<string>(), Does.Contain("constant in x"));
        var counterexample = json["counterexample"]!;
        Assert.That(counterexample["point"]!.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "x", "y" }));
        Assert.That(counterexample["expected"]!.GetValue<double>(), Is.Not.EqualTo(counterexample["answer"]!.GetValue<double>()));
    }

    [Test]
    public async Task A_missing_chain_factor_is_named()
    {
        var json = (await Grade("root", "1/(2 sqrt(6x))")).Json;
        Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo("incorrect"));
        Assert.That(json["diagnosis"]!.GetValue<string>(), Is.EqualTo("missing-chain-factor"));
    }

    [Test]
    public async Task An_answer_that_does_not_parse_is_an_invalid_verdict_with_its_span_not_an_http_error()
    {
        var answer = await Grade("p3-dx", "2x +");
        Assert.That(answer.Status, Is.EqualTo(200));
        var json = answer.Json;
        Assert.That(json["verdict"]!.GetValue<string>(), Is.EqualTo("invalid"));
        Assert.That(json["error"]!["code"]!.GetValue<string>(), Is.EqualTo("DX0008"));
        Assert.That(json["error"]!["start"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(json["error"]!["length"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(json["feedback"]!.GetValue<string>(), Does.Contain("2x +\n      ^"), "the caret diagnostic");
    }

    [Test]
    public async Task A_hostile_answer_is_a_verdict_not_a_failure()
    {
        var deep = new string('(', 20_000) + "x" + new string(')', 20_000);
        var answer = await Grade("p3-dx", deep);
        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Json["verdict"]!.GetValue<string>(), Is.EqualTo("invalid"));
        var html = await Grade("p3-dx", "<img src=x onerror=alert(1)>");
        Assert.That(html.Json["verdict"]!.GetValue<string>(), Is.EqualTo("invalid"));
        Assert.That(html.Json["answer"]!.GetValue<string>(), Is.EqualTo("<img src=x onerror=alert(1)>"));
    }

    [Test]
    public async Task The_verdict_has_the_fields_of_the_cli_reports_answer()
    {
        var csv = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dx-practice-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(csv, "student,exercise,answer\ns1,p3-dx,2 + 3y + y^3\n");
            var (code, cli) = DxCli.Run("grade", ExampleSet.Path, csv, "--format", "json");
            Assert.That(code, Is.Zero);
            var row = JsonNode.Parse(cli)!["answers"]![0]!.AsObject();
            row.Remove("student");
            var verdict = (await Grade("p3-dx", "2 + 3y + y^3")).Json.AsObject();
            Assert.That(verdict["max"]!.GetValue<double>(), Is.EqualTo(2));
            verdict.Remove("max");
            verdict.Remove("error");
            Assert.That(verdict.ToJsonString(), Is.EqualTo(row.ToJsonString()));
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Test]
    public async Task An_unknown_exercise_is_404()
    {
        var answer = await Grade("p9", "x");
        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0704"));
        Assert.That(answer.Json["error"]!["message"]!.GetValue<string>(), Does.Contain("'p9'").And.Contain("/api/exercises"));
    }

    [TestCase("""{"exercise": "p3-dx"}""", "answer")]
    [TestCase("""{"answer": "x"}""", "exercise")]
    [TestCase("""{"exercise": "p3-dx", "answer": 3}""", "answer")]
    [TestCase("""{"exercise": "p3-dx", "answer": "x", "student": "s1"}""", "student")]
    public async Task A_request_that_cannot_be_read_is_400(string body, string field)
    {
        var answer = await Client.PostJson("/api/grade", body);
        Assert.That(answer.Status, Is.EqualTo(400));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0701"));
        Assert.That(answer.Json["error"]!["message"]!.GetValue<string>(), Does.Contain(field));
    }
}

/// <summary>Without <c>--exercises</c> there is nothing to practise: both endpoints are 404.</summary>
public sealed class NoPracticeSetTests : ApiFixture
{
    [TestCase("GET", "/api/exercises")]
    [TestCase("POST", "/api/grade")]
    public async Task Without_a_set_the_practice_endpoints_are_404(string method, string path)
    {
        var answer = method == "GET" ? await Client.Get(path) : await Client.PostJson(path, """{"exercise": "p3-dx", "answer": "2 + 3y"}""");
        Assert.That(answer.Status, Is.EqualTo(404));
        Assert.That(answer.ErrorCode, Is.EqualTo("DX0704"));
        Assert.That(answer.Json["error"]!["message"]!.GetValue<string>(), Does.Contain("--exercises"));
    }
}
