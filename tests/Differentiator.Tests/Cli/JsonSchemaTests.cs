using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>
/// Every document <c>dx --format json</c> writes, for every command and every error path, is valid
/// against <c>docs/schema/dx-output.schema.json</c> and against the definition of its kind.
/// </summary>
public class JsonSchemaTests
{
    private static readonly object[] Documents =
    [
        Case("parse", "parse", "2x+3xy+y^3"),
        Case("parse", "parse", "1/2x"),
        Case("parse", "parse", "\\frac{1}{2} e^{3x^2}"),
        Case("eval", "eval", "2x+3xy+y^3", "--at", "x=1.0,y=2.0"),
        Case("eval", "eval", "2+3"),
        Case("eval", "eval", "x y", "--at", "x=3,y=0.5"),
        Case("diff", "diff", "2x+3xy+y^3"),
        Case("diff", "diff", "x^3", "--wrt", "x", "--order", "2", "--at", "x=2.0"),
        Case("diff", "diff", "e^(3x^2)", "--steps"),
        Case("diff", "diff", "x^y", "--at", "x=-2,y=2"),
        Case("diff", "diff", "5"),
        Case("diff", "diff", "x^2", "--wrt", "q"),
        Case("diff", "diff", "abs(x)", "--at", "x=0.0"),
        Case("diff", "diff", "x^3 + y", "--at", "x=1e200,y=1.0"),
        Case("diff", "diff", new string('x', 100_000)), // its MathML (2.5 MB) is within MathML's own limit under the default budget
        Case("grad", "grad", "wx + xyz + 3w + zy^2", "--at", "w=1.0,x=2.0,y=3.0,z=4.0"),
        Case("numdiff", "numdiff", "x^2", "--at", "[3.0]", "--trace"),
        Case("numdiff", "numdiff", "x^2", "--at", "[3]"),
        Case("numdiff", "numdiff", "wx + xyz + 3w + zy^2", "--at", "[[1.0,2.0],[3.0,4.0]]", "--vars", "[[w,x],[y,z]]"),
        Case("numdiff", "numdiff", "1/x", "--at", "[0.0]"),
        Case("compare", "compare", "x^2", "--at", "x=3"),
        Case("compare", "compare", "sin(x)", "--at", "x=1.0", "--sweep"),
        Case("compare", "compare", "sqrt(x)", "--at", "x=0.0"),
        Case("compare", "compare", "softplus(x)", "--at", "x=1e10"),
        Case("compare", "compare", "abs(x)", "--at", "x=0.0"),
        Case("compare", "compare", "x*y", "--at", "x=2.0,y=3"),
        Case("table", "table", "sigmoid(x)", "--from", "-2", "--to", "2", "--step", "1", "--derivative"),
        Case("table", "table", "ln(x)", "--from", "-1", "--to", "1", "--step", "1"),
        Case("seq", "seq", "a(1) = 1, a(n+1) = (n+1) a(n)", "--terms", "5"),
        Case("seq", "seq", "a(n) = 1/n", "--terms", "3"),
        Case("perceptron", "perceptron"),
        Case("train", "train", "and", "--epochs", "20"),
        Case("train", "train", "or", "--epochs", "5", "--numeric"),
        Case("gates", "gates"),
        Case("functions", "functions"),
        Case("grade", "grade", GradingExample("exercises.yaml"), GradingExample("answers.csv")),
        Case("grade", "grade", "--check", GradingExample("exercises.yaml")),
        Case("help", "--help"),
        Case("help", "diff", "--help"),
        Case("help", "functions", "--help"),
        Case("version", "--version"),
    ];

    private static readonly object[] Errors =
    [
        Case("error", "parse", "2x + foo(x)"),
        Case("error", "parse", "2x+"),
        Case("error", "parse", new string('(', 2000) + "x" + new string(')', 2000)),
        Case("error", "eval", "x + y", "--at", "x=1.0"),
        Case("error", "eval", "x", "--at", "x=abc"),
        Case("error", "eval", "ln(x)", "--at", "x=-1"),
        Case("error", "eval", "1/x", "--at", "x=0.0"),
        Case("error", "eval", "x", "--at", "x=inf"),
        Case("error", "diff", "x^2", "--order", "0"),
        Case("error", "diff", "2*1e308*x", "--at", "x=1.0"),
        Case("error", "diff", "x^2", "--wrt", ","),
        Case("error", "grad", "sqrt(x)", "--at", "x=0.0"),
        Case("error", "grad", "2^1024 x", "--at", "x=1.0"),
        Case("error", "numdiff", "x^2", "--at", "[nan]"),
        Case("error", "numdiff", "x^2", "--at", "[1, [2]]"),
        Case("error", "numdiff", "x^2", "--at", "[1.0]", "--scheme", "sideways"),
        Case("error", "compare", "ln(x)", "--at", "x=-1.0"),
        Case("error", "compare", "x^2", "--at", "x=3.0", "--delta", "-1"),
        Case("error", "compare", "x^2", "--at", "x=3.0", "--plot", Path.Combine(Path.GetTempPath(), "no-such-folder-for-dx", "p.png")),
        Case("error", "frobnicate"),
        Case("error", "diff", "x", "--order", "abc"),
        Case("error", "diff"),
        Case("error", "grad", "x"),
        Case("error", "diff", "x", "--frobnicate"),
        Case("error", "table", "x^2", "--step", "0"),
        Case("error", "seq", "a(n) = ", "--terms", "3"),
        Case("error", "perceptron", "--weights", "1,x"),
        Case("error", "train", "xnor"),
        Case("error", "gates", Path.Combine(Path.GetTempPath(), "no-such-gates-for-dx.dx")),
        Case("error", "train", "and", "--epochs", "5", "--plot", Path.Combine(Path.GetTempPath(), "no-such-folder-for-dx", "loss.png")),
        Case("error", "compare", "x^2", "--at", "x=3.0", "--plot", "sweep.bmp"),
    ];

    private static object[] Case(string kind, params string[] args) => [kind, args];

    private static string GradingExample(string name) => Path.Combine(AppContext.BaseDirectory, "Examples", "grading", name);

    [Test]
    public void Every_command_has_a_document_case()
    {
        var covered = Documents.Cast<object[]>().Select(c => ((string[])c[1])[0]).ToHashSet();
        var context = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null);
        var speaksJson = DxCommands.All.Where(c => c.Create(context).Options.Any(o => o.Name == FormatOption.Name)).Select(c => c.Name).ToList();
        Assert.That(speaksJson, Has.Count.GreaterThan(10));
        Assert.That(speaksJson.Where(n => !covered.Contains(n)), Is.Empty);
    }

    [TestCaseSource(nameof(Documents))]
    [TestCaseSource(nameof(Errors))]
    public void Every_document_is_valid_against_the_schema(string kind, string[] args)
    {
        var r = DxInProcess.Run([.. args, "--format", "json"]);
        Assert.That(r.ExitCode, Is.EqualTo(kind == "error" ? ExitCodes.BadInput : ExitCodes.Ok), r.Out + r.Error);
        Assert.That(OutputSchema.Problems(r.Out, kind), Is.Empty, r.Out);
    }

    [TestCase("--format", "json")]
    [TestCase("--format=json")]
    [TestCase("--format:JSON")]
    [TestCase("-f", "json")]
    [TestCase("-f=json")]
    [TestCase("-f:json")]
    [TestCase("-fjson")]
    public void A_usage_error_asked_for_as_json_in_any_spelling_is_an_error_document(params string[] format)
    {
        var r = DxProcess.Run(["diff", "x^2", .. format, "--frobnicate"]);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput), r.Out + r.Error);
        Assert.That(OutputSchema.Problems(r.Out, "error"), Is.Empty, r.Out + r.Error);
        Assert.That(JsonDocument.Parse(r.Out).RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(ErrorCodes.UsageError));
    }

    [Test]
    public void Standard_input_gives_one_valid_document_per_formula_line()
    {
        var r = DxInProcess.RunWithInput("x^2\n\n# a comment\n2x + foo(x)\nsin 2x\n", "diff", "-", "--format", "json");
        var lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3), r.Out);
        Assert.That(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 1, 4, 5 }));
        Assert.That(OutputSchema.Problems(lines[0], "diff"), Is.Empty, lines[0]);
        Assert.That(OutputSchema.Problems(lines[1], "error"), Is.Empty, lines[1]);
        Assert.That(OutputSchema.Problems(lines[2], "diff"), Is.Empty, lines[2]);
    }

    [Test]
    public void Standard_input_without_a_formula_is_an_error_document()
    {
        var r = DxInProcess.RunWithInput("\n# nothing here\n", "eval", "-", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(OutputSchema.Problems(r.Out, "error"), Is.Empty, r.Out);
    }

    [Test]
    public void An_internal_error_is_an_error_document_too()
    {
        var r = DxInProcess.Run(new FailingReader(), debug: false, "parse", "-", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Internal));
        Assert.That(OutputSchema.Problems(r.Out, "error"), Is.Empty, r.Out);
        Assert.That(JsonDocument.Parse(r.Out).RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(ErrorCodes.InternalError));
    }

    [Test]
    public void The_schema_rejects_what_it_should()
    {
        Assert.That(OutputSchema.Problems("""{"error": {"code": "E1", "message": "x"}}""", "error"), Is.Not.Empty, "codes are DXnnnn");
        Assert.That(OutputSchema.Problems("""{"input": "x", "reading": "x", "text": "x", "code": "x", "latex": "x", "variables": ["x"], "warnings": ["a string"]}""", "parse"), Is.Not.Empty, "warnings are objects");
        Assert.That(OutputSchema.Problems("""{"input": "x", "reading": "x", "text": "x", "code": "x", "latex": "x", "variables": ["x"], "warnings": [], "extra": 1}""", "parse"), Is.Not.Empty, "no undocumented fields");
    }
}
