using Differentiator.Tests.Support;

namespace Differentiator.Tests.Repl;

/// <summary>The REPL through the real <c>dx</c> process with redirected input: results only, one block per line.</summary>
public class ReplProcessTests
{
    private static string[] OutLines(DxResult r) => r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void ASessionThroughStandardInput()
    {
        var r = DxProcess.RunWithInput("""
            f(x, y) = 2x + 3xy + y^3
            d/dx f
            d/dy f
            grad f at (1, 2)
            f(1, 2)
            g(x) = x^2
            g'(3)
            """);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
        Assert.That(OutLines(r), Is.EqualTo(new[] { "f(x, y) = 2x + 3xy + y^3", "2 + 3y", "3x + 3y^2", "[8, 15]", "16", "g(x) = x^2", "6" }));
        Assert.That(r.Out, Does.Not.Contain("dx>"), "no prompt");
    }

    [Test]
    public void TheReplCommandReadsRedirectedInputToo()
    {
        var r = DxProcess.RunWithInput("d/dx x^3\n", "repl");
        Assert.That((r.ExitCode, r.Out), Is.EqualTo((0, "3x^2\n")));
    }

    [Test]
    public void ABadLineReportsItsCaretAndLaterLinesStillWork()
    {
        var r = DxProcess.RunWithInput("f(x) = x^2\n2x + foo(x)\nf'(x)\n");
        Assert.That(r.ExitCode, Is.EqualTo(2), "a failed line makes the run fail");
        Assert.That(OutLines(r), Is.EqualTo(new[] { "f(x) = x^2", "2x" }));
        Assert.That(r.Error, Does.Contain("error DX0005 at 6: Unknown function 'foo'.\n  2x + foo(x)\n       ^^^"));
    }

    [Test]
    public void WarningsGoToStandardErrorWithTheirCaret()
    {
        var r = DxProcess.RunWithInput("1/2x\n");
        Assert.That(r.Out, Is.EqualTo("x/2\n"));
        Assert.That(r.Error, Does.Contain("warning DX1002 at 1").And.Contain("  1/2x\n  ^^^^"));
    }

    [Test]
    public void SaveAndLoadRoundTrip()
    {
        var folder = Directory.CreateTempSubdirectory("dx-repl-");
        try
        {
            var file = Path.Combine(folder.FullName, "session.dx");
            var saved = DxProcess.RunWithInput($"f(x, y) = 2x + 3xy + y^3\na = 3\ng(x) = f(x, a)\n:save {file}\n");
            Assert.That(saved.ExitCode, Is.EqualTo(0), saved.Error);
            Assert.That(File.ReadAllText(file), Does.Contain("g(x) = f(x, a)\n"));

            var loaded = DxProcess.RunWithInput($":load {file}\ng(1)\n:defs\n");
            Assert.That(loaded.ExitCode, Is.EqualTo(0), loaded.Error);
            Assert.That(OutLines(loaded), Is.EqualTo(new[]
            {
                $"loaded {file}: 3 definition(s): f, a, g", "38", "f(x, y) = 2x + 3xy + y^3", "a = 3", "g(x) = f(x, a) = 11x + 27",
            }));

            var piped = DxProcess.RunWithInput(File.ReadAllText(file) + "g(1)\n");
            Assert.That(OutLines(piped)[^1], Is.EqualTo("38"), "a .dx file is REPL lines: dx < session.dx runs it");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void AFileThatCannotBeReadIsAnError()
    {
        var r = DxProcess.RunWithInput(":load /nonexistent/folder/session.dx\n1 + 1\n");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Error, Does.Contain("error DX0501").And.Contain("Cannot read /nonexistent/folder/session.dx"));
        Assert.That(r.Out, Is.EqualTo("2\n"));
    }

    [Test]
    public void QuitEndsTheSession()
    {
        var r = DxProcess.RunWithInput("1 + 1\n:quit\n2 + 2\n");
        Assert.That((r.ExitCode, r.Out), Is.EqualTo((0, "2\n")));
    }

    [Test]
    public void FormatChangesHowFormulasPrint()
    {
        var r = DxProcess.RunWithInput(":format latex\nd/dx 1/x\n:format code\nd/dx x^2 y\n");
        Assert.That(OutLines(r), Is.EqualTo(new[] { "format: latex", "-\\frac{1}{x^{2}}", "format: code", "2*x*y" }));
    }

    [Test]
    public void TheIntegerPitfallOfTheLecture()
    {
        var r = DxProcess.RunWithInput("numdiff x^2 at [3]\n");
        Assert.That(r.Out, Does.StartWith("grad = [249999]\n"));
        Assert.That(r.Error, Does.Contain("warning: x[(0,)] is an int64 element"));
    }

    [Test]
    public void HelpListsTheCommands()
    {
        var r = DxProcess.RunWithInput(":help\n");
        Assert.That(r.Out, Does.Contain("grad <formula> [at <point>]").And.Contain(":save <file.dx>").And.Contain("d/dx f"));
    }
}
