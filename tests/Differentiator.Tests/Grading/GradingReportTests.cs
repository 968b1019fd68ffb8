using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Differentiator.Grading;
using Differentiator.Reports;

namespace Differentiator.Tests.Grading;

/// <summary>The reports of a run: the JSON document of the issue, the CSV with formula injection escaped, the text, atomic and repeatable files.</summary>
public class GradingReportTests
{
    private string _dir = "";

    private const string Set = """
        title: Report test
        exercises:
          - id: p3-dx
            function: "2x + 3xy + y^3"
            wrt: x
            points: 2
          - id: p3-value
            function: "2x + 3xy + y^3"
            wrt: [x, y]
            at: {x: 1.0, y: 2.0}
          - id: chain
            function: "cos(2x)"
        """;

    private const string Answers = "student,exercise,answer\r\n"
        + "s01,p3-dx,3y + 2\r\n"
        + "s01,p3-value,\"[8, 15]\"\r\n"
        + "s01,chain,-sin(2x)\r\n"
        + "s02,p3-dx,\"=cmd|' /C calc'!A0\"\r\n"
        + "s02,chain,2sin(2x)\r\n"
        + "\"=HYPERLINK(\"\"x\"\")\",chain,-2sin(2x)\r\n"
        + "s02,p3-value,\"[8, 16]\"\r\n";

    [SetUp]
    public void CreateFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "dx-grading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "set.yaml"), Set);
        File.WriteAllText(Path.Combine(_dir, "answers.csv"), Answers);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private GradingJobOptions Options(GradingOutput output = GradingOutput.Json) => new()
    {
        ExercisesPath = Path.Combine(_dir, "set.yaml"),
        AnswersPath = Path.Combine(_dir, "answers.csv"),
        Output = output,
        JsonPath = Path.Combine(_dir, "report.json"),
        CsvPath = Path.Combine(_dir, "grades.csv"),
        HtmlPath = Path.Combine(_dir, "report.html"),
    };

    private string Run(GradingJobOptions options)
    {
        var output = new StringWriter();
        GradingJob.Prepare(options).Run(output);
        return output.ToString();
    }

    [Test]
    public void The_json_document_has_the_issues_shape()
    {
        var doc = JsonNode.Parse(Run(Options()))!.AsObject();
        Assert.That(doc.Select(p => p.Key), Is.EqualTo(new[] { "title", "answers", "students", "exercises" }));
        Assert.That(doc["title"]!.GetValue<string>(), Is.EqualTo("Report test"));
        var answers = doc["answers"]!.AsArray();
        Assert.That(answers, Has.Count.EqualTo(7), "answers in input order");
        var first = answers[0]!.AsObject();
        Assert.That(first.Select(p => p.Key), Is.EqualTo(new[] { "student", "exercise", "answer", "verdict", "score", "diagnosis", "feedback", "counterexample" }));
        Assert.That(ReportJson.WriteLine(first), Is.EqualTo("""{"student":"s01","exercise":"p3-dx","answer":"3y + 2","verdict":"correct","score":2,"diagnosis":null,"feedback":"Correct.","counterexample":null}"""));
        var chain = answers[2]!.AsObject();
        Assert.That(chain["diagnosis"]!.GetValue<string>(), Is.EqualTo("missing-chain-factor"));
        var c = chain["counterexample"]!.AsObject();
        Assert.That(c.Select(p => p.Key), Is.EqualTo(new[] { "point", "expected", "answer" }));
        var x = c["point"]!["x"]!.GetValue<double>();
        Assert.That(c["expected"]!.GetValue<double>(), Is.EqualTo(-2 * Math.Sin(2 * x)).Within(1e-12));
        Assert.That(c["answer"]!.GetValue<double>(), Is.EqualTo(-Math.Sin(2 * x)).Within(1e-12));
        Assert.That(answers[3]!["verdict"]!.GetValue<string>(), Is.EqualTo("invalid"));
        Assert.That(ReportJson.WriteLine(doc["students"]!), Is.EqualTo("""[{"student":"s01","score":3,"max":4},{"student":"s02","score":0.5,"max":4},{"student":"=HYPERLINK(\"x\")","score":1,"max":4}]"""));
        Assert.That(ReportJson.WriteLine(doc["exercises"]![2]!), Is.EqualTo("""{"exercise":"chain","correct":1,"incorrect":2,"invalid":0,"diagnoses":{"missing-chain-factor":1,"sign-error":1}}"""));
    }

    [Test]
    public void The_streamed_document_is_the_in_memory_one()
    {
        var streamed = JsonNode.Parse(Run(Options()));
        var set = GradingJob.Prepare(Options()).Set;
        var session = new GradingSession(set);
        var graded = AnswersCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Answers)), "answers.csv").Select(session.Grade).ToList();
        var document = GradingJson.Document(graded, session.Summary());
        Assert.That(JsonNode.DeepEquals(streamed, document), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.json")), Is.EqualTo(Run(Options())), "--out writes the same document");
    }

    [Test]
    public void A_rerun_gives_byte_identical_files()
    {
        Run(Options());
        var first = new[] { "report.json", "grades.csv", "report.html" }.Select(f => File.ReadAllBytes(Path.Combine(_dir, f))).ToList();
        Run(Options());
        var second = new[] { "report.json", "grades.csv", "report.html" }.Select(f => File.ReadAllBytes(Path.Combine(_dir, f))).ToList();
        Assert.That(second, Is.EqualTo(first));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "set.yaml", "answers.csv", "report.json", "grades.csv", "report.html" }), "no temporary file is left");
    }

    [Test]
    public void The_csv_escapes_formula_injection()
    {
        Run(Options());
        var csv = File.ReadAllText(Path.Combine(_dir, "grades.csv"));
        Assert.That(csv, Does.StartWith("student,exercise,answer,verdict,score,max,diagnosis,feedback\r\n"));
        Assert.That(csv, Does.Contain("s02,p3-dx,\"'=cmd|' /C calc'!A0\",invalid,0,2,,"));
        Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"x\"\")\",chain,\"'-2sin(2x)\",correct,1,1,,Correct."));
        Assert.That(csv.Split("\r\n").Where(l => l.Length > 0).Select(l => l[0]), Has.None.AnyOf('=', '+', '-', '@'));
    }

    [Test]
    public void An_interrupted_run_leaves_the_earlier_reports_intact()
    {
        File.WriteAllText(Path.Combine(_dir, "report.json"), "earlier");
        var options = Options() with { HtmlPath = Path.Combine(_dir, "no-such-folder", "report.html") };
        var e = Assert.Throws<InvalidInputException>(() => Run(options));
        Assert.That(e!.Code, Is.EqualTo(ErrorCodes.FileError));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "report.json")), Is.EqualTo("earlier"));
        Assert.That(Directory.GetFiles(_dir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "set.yaml", "answers.csv", "report.json" }));
    }

    [Test]
    public void A_bad_answers_file_stops_the_run_before_anything_is_written()
    {
        File.AppendAllText(Path.Combine(_dir, "answers.csv"), "s03,p9,2x\r\n");
        var e = Assert.Throws<InvalidInputException>(() => Run(Options()));
        Assert.That(e!.Message, Does.StartWith("answers.csv:9: the exercise 'p9' is not in the set (its exercises: p3-dx, p3-value, chain)."));
        Assert.That(File.Exists(Path.Combine(_dir, "report.json")), Is.False);
    }

    [TestCase("missing.yaml", "answers.csv", "The exercise set")]
    [TestCase("set.yaml", "missing.csv", "The answers file")]
    public void A_missing_file_is_a_user_error(string set, string answers, string message)
    {
        var options = Options() with { ExercisesPath = Path.Combine(_dir, set), AnswersPath = Path.Combine(_dir, answers) };
        var e = Assert.Throws<InvalidInputException>(() => GradingJob.Prepare(options));
        Assert.That(e!.Code, Is.EqualTo(ErrorCodes.FileError));
        Assert.That(e.Message, Does.StartWith(message).And.EndWith("does not exist."));
    }

    [Test]
    public void Two_reports_to_one_file_are_refused()
    {
        var options = Options() with { CsvPath = Path.Combine(_dir, "report.json") };
        Assert.Throws<InvalidInputException>(() => GradingJob.Prepare(options));
        var overwrite = Options() with { CsvPath = Path.Combine(_dir, "answers.csv") };
        Assert.Throws<InvalidInputException>(() => GradingJob.Prepare(overwrite));
    }

    [Test]
    public void The_text_report_lists_answers_and_totals()
    {
        var text = Run(Options(GradingOutput.Text) with { JsonPath = null, CsvPath = null, HtmlPath = null });
        Assert.That(text, Does.StartWith("s01  p3-dx  correct  2/2\n"));
        Assert.That(text, Does.Contain("s01  chain  incorrect  0/1  missing-chain-factor\n    answer: -sin(2x)\n    You differentiated cos(2x) as -sin(2x)"));
        Assert.That(text, Does.Contain("Students (points of the last answer to each exercise):\n  s01  3 of 4\n"));
        Assert.That(text, Does.Contain("  chain  1 correct, 2 incorrect, 0 invalid  (missing-chain-factor 1, sign-error 1)\n"));
    }

    [Test]
    public void A_later_answer_to_the_same_exercise_replaces_the_earlier_in_the_totals()
    {
        File.AppendAllText(Path.Combine(_dir, "answers.csv"), "s01,p3-dx,0\r\n");
        var doc = JsonNode.Parse(Run(Options()))!;
        Assert.That(doc["students"]![0]!["score"]!.GetValue<double>(), Is.EqualTo(1));
        Assert.That(doc["exercises"]![0]!["incorrect"]!.GetValue<int>(), Is.EqualTo(1), "every answer is counted per exercise");
    }

    [Test]
    public void The_check_document_lists_every_problem()
    {
        var check = ExerciseSetCheck.Run("exercises:\n  - id: a\n    function: \"2x +\"\n  - id: a\n    function: x\n", "s.yaml");
        var json = GradingJson.Check(check);
        Assert.That(json["valid"]!.GetValue<bool>(), Is.False);
        Assert.That(json["errors"]!.AsArray(), Has.Count.EqualTo(1), "the duplicate of a broken exercise is not a second problem");
        Assert.That(ReportJson.WriteLine(json["error"]!), Is.EqualTo("""{"file":"s.yaml","line":3,"column":15,"exercise":"a","code":"DX0008","message":"Unexpected end of input; expected a number, a variable, a function or '('.","start":4,"length":1}"""));
        Assert.That(ReportJson.Write(GradingJson.Check(ExerciseSetCheck.Run(Set, "s.yaml"))), Does.Contain("\"valid\": true"));
    }

    [Test]
    public void Odd_text_in_answers_is_written_as_valid_json()
    {
        // Bytes that are not UTF-8 (an encoded surrogate) and a control character.
        using (var file = File.Open(Path.Combine(_dir, "answers.csv"), FileMode.Append))
            file.Write([.. "s09,chain,\""u8, 0xED, 0xA0, 0x80, 0x07, .. "\"\r\n"u8]);
        Assert.DoesNotThrow(() => JsonDocument.Parse(Run(Options())));
    }
}
