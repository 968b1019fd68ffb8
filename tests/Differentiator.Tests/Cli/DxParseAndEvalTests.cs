using System.Text.Json;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>The user-facing behaviour of <c>dx parse</c> and <c>dx eval</c>, through the real process.</summary>
public class DxParseAndEvalTests
{
    [Test]
    public void ParsePrintsReadingVariablesAndWarnings()
    {
        var r = DxProcess.Run("parse", "2x+3xy+y^3");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Is.EqualTo("reading:   2*x + 3*x*y + y^3\ntext:      2x + 3xy + y^3\nvariables: x, y\n"));
        Assert.That(r.Error, Does.Contain("warning DX1001 at 5: 'xy' is read as x·y"));
    }

    [TestCase("code", "code:      6*x*exp(3*x^2)")]
    [TestCase("latex", "latex:     6x e^{3x^{2}}")]
    public void ParseFormats(string format, string line)
    {
        var r = DxProcess.Run("parse", "6x e^(3x^2)", "--format", format);
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out.Split('\n'), Does.Contain(line));
    }

    [Test]
    public void ParseJsonHasTheDocumentedFields()
    {
        var r = DxProcess.Run("parse", "1/2x", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        using var json = JsonDocument.Parse(r.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("input").GetString(), Is.EqualTo("1/2x"));
        Assert.That(root.GetProperty("reading").GetString(), Is.EqualTo("x/2"));
        Assert.That(root.GetProperty("variables").EnumerateArray().Select(v => v.GetString()), Is.EqualTo(new[] { "x" }));
        var warning = root.GetProperty("warnings")[0];
        Assert.That(warning.GetProperty("code").GetString(), Is.EqualTo("DX1002"));
        Assert.That(warning.GetProperty("start").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public void HelpShowsTheCommands()
    {
        var r = DxProcess.Run("--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Out, Does.Contain("parse <formula>").And.Contain("diff <formula>").And.Contain("numdiff <formula>").And.Contain("repl"));
    }

    [Test]
    public void EvalPrintsTheValue()
    {
        var r = DxProcess.Run("eval", "2x+3xy+y^3", "--at", "x=1.0,y=2.0");
        Assert.That((r.ExitCode, r.Out), Is.EqualTo((0, "16\n")));
    }

    [Test]
    public void EvalJsonHasTheValue()
    {
        var r = DxProcess.Run("eval", "wx + xyz + 3w + zy^2", "--at", "w=1.0,x=2.0,y=3.0,z=4.0", "--format", "json");
        using var json = JsonDocument.Parse(r.Out);
        Assert.That(json.RootElement.GetProperty("value").GetDouble(), Is.EqualTo(65.0));
        Assert.That(json.RootElement.GetProperty("reading").GetString(), Is.EqualTo("w*x + x*y*z + 3*w + z*y^2"));
    }

    [Test]
    public void SyntaxErrorsGoToStandardErrorWithACaretAndExitCode2()
    {
        var r = DxProcess.Run("parse", "2x + foo(x)");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Out, Is.Empty);
        Assert.That(r.Error, Is.EqualTo("error DX0005 at 6: Unknown function 'foo'.\n  2x + foo(x)\n       ^^^\n"));
    }

    [TestCase("eval", "ln(x)", "--at", "x=-1", "ln is defined for x > 0, and x = -1 here.")]
    [TestCase("eval", "x + y", "--at", "x=1", "The point gives no value for y")]
    [TestCase("eval", "x", "--at", "x=abc", "is not a number")]
    [TestCase("parse", "x", "--format", "yaml", "yaml")]
    public void BadInputExitsWith2AndSaysWhy(string command, string formula, string option, string value, string message)
    {
        var r = DxProcess.Run(command, formula, option, value);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain(message));
    }

    [Test]
    public void AHundredThousandDeepFormulaFromStandardInputGetsADiagnostic()
    {
        var deep = new string('(', 100_000) + "x" + new string(')', 100_000);
        var r = DxProcess.RunWithInput(deep, "parse", "-");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.StartWith("error DX0007 at 1001: The formula nests more than 1000 levels deep"));
        Assert.That(r.Error.Length, Is.LessThan(500), "the caret line shows a window, not the whole input");
    }

    [Test]
    public void PowerTowerOfAHundredThousandGetsADiagnostic()
    {
        var r = DxProcess.RunWithInput(string.Concat(Enumerable.Repeat("x^", 100_000)) + "x", "parse", "-");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("DX0007"));
    }
}
