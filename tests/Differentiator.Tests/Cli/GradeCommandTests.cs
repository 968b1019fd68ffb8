using System.Text.Json;
using Differentiator.Grading;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary><c>dx grade</c> through the real process: the lecture's example set, its reports, its checks and its errors.</summary>
public class GradeCommandTests
{
    private static readonly string Examples = Path.Combine(AppContext.BaseDirectory, "Examples", "grading");
    private static readonly string Set = Path.Combine(Examples, "exercises.yaml");
    private static readonly string Answers = Path.Combine(Examples, "answers.csv");
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "dx-grade-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void The_example_answers_exercise_every_verdict_and_every_diagnosis()
    {
        var r = DxProcess.Run("grade", Set, Answers, "--format", "json");
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Error, Is.Empty, "nothing extra when the output is redirected");
        using var doc = JsonDocument.Parse(r.Out);
        var answers = doc.RootElement.GetProperty("answers").EnumerateArray().ToList();
        Assert.That(answers.Select(a => a.GetProperty("verdict").GetString()).Distinct(), Is.EquivalentTo(new[] { "correct", "incorrect", "invalid" }));
        var codes = answers.Select(a => a.GetProperty("diagnosis")).Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()).Distinct();
        Assert.That(codes, Is.EquivalentTo(DiagnosisCodes.All.Select(c => c.Name())));
        var s01 = doc.RootElement.GetProperty("students")[0];
        Assert.That(s01.GetProperty("score").GetDouble(), Is.EqualTo(s01.GetProperty("max").GetDouble()), "s01 answers everything right");
    }

    [Test]
    public void The_text_report_and_the_files_are_written()
    {
        var (json, csv, html) = (Path.Combine(_dir, "report.json"), Path.Combine(_dir, "grades.csv"), Path.Combine(_dir, "report.html"));
        var r = DxProcess.Run("grade", Set, Answers, "--out", json, "--csv", csv, "--html", html);
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out, Does.StartWith("s01  rules  correct  1/1\n"));
        Assert.That(r.Out, Does.Contain("Lecture 5: derivatives: 70 answers from 5 students"));
        Assert.That(JsonDocument.Parse(File.ReadAllText(json)).RootElement.GetProperty("answers").GetArrayLength(), Is.EqualTo(70));
        Assert.That(File.ReadAllLines(csv)[0], Is.EqualTo("student,exercise,answer,verdict,score,max,diagnosis,feedback"));
        Assert.That(File.ReadAllText(html), Does.StartWith("<!DOCTYPE html>"));
    }

    [Test]
    public void Check_accepts_the_example_set()
    {
        var r = DxProcess.Run("grade", "--check", Set);
        Assert.That(r.ExitCode, Is.Zero, r.Error);
        Assert.That(r.Out, Does.EndWith("exercises.yaml: 17 exercises, no problems.\n"));
    }

    [Test]
    public void Check_reports_every_problem_with_a_caret_and_exit_2()
    {
        var set = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(set, "title: bad\nexercises:\n  - id: a\n    function: \"2x +\"\n  - id: b\n    function: \"ln(-1 - x^2)\"\n");
        var r = DxProcess.Run("grade", "--check", set);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("bad.yaml:4:15: exercise a: error DX0008 at 5: Unexpected end of input").And.Contain("  2x +\n      ^"));
        Assert.That(r.Error, Does.Contain("bad.yaml:5:5: exercise b: error DX0801: No point was found"));
        var json = DxProcess.Run("grade", "--check", set, "--format", "json");
        Assert.That(json.ExitCode, Is.EqualTo(2));
        using var doc = JsonDocument.Parse(json.Out);
        Assert.That(doc.RootElement.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(doc.RootElement.GetProperty("errors").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void User_errors_exit_2_with_a_message_or_a_json_error()
    {
        var missing = DxProcess.Run("grade", Path.Combine(_dir, "none.yaml"), Answers, "--format", "json");
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        using (var doc = JsonDocument.Parse(missing.Out))
            Assert.That(doc.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(ErrorCodes.FileError));

        var answers = Path.Combine(_dir, "answers.csv");
        File.WriteAllText(answers, "student,exercise,answer\ns01,nope,2x\n");
        var unknown = DxProcess.Run("grade", Set, answers);
        Assert.That(unknown.ExitCode, Is.EqualTo(2));
        Assert.That(unknown.Error, Does.StartWith("error DX0802: answers.csv:2: the exercise 'nope' is not in the set"));

        var yaml = Path.Combine(_dir, "broken.yaml");
        File.WriteAllText(yaml, "title: t\nexercises:\n  - id: 'a\n");
        var broken = DxProcess.Run("grade", yaml, Answers);
        Assert.That(broken.ExitCode, Is.EqualTo(2));
        Assert.That(broken.Error, Does.Contain("broken.yaml:3:").And.Contain("^"));

        var noAnswers = DxProcess.Run("grade", Set);
        Assert.That(noAnswers.ExitCode, Is.EqualTo(2));
        Assert.That(noAnswers.Error, Does.Contain("Give the answers file"));
    }
}
