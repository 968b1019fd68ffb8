using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>With <c>-</c>, standard input is one formula per line: a line break never multiplies.</summary>
public class StandardInputTests
{
    [Test]
    public void Each_line_is_its_own_formula_and_its_own_result_block()
    {
        var r = DxProcess.RunWithInput("x^2\nx^3\n", "diff", "-");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Is.EqualTo("# line 1: x^2\nd/dx: 2x\n\n# line 2: x^3\nd/dx: 3x^2\n"));
    }

    [Test]
    public void A_line_break_never_joins_two_formulas()
    {
        var r = DxProcess.RunWithInput("x+1\n2\n", "eval", "-", "--at", "x=5.0");
        Assert.That(r.Out, Does.Contain("6\n").And.Contain("2\n").And.Not.Contain("7"));
    }

    [Test]
    public void Blank_lines_and_comments_are_skipped_and_a_single_formula_prints_as_before()
    {
        var r = DxProcess.RunWithInput("# the lecture's example\n\n2x+3xy+y^3\n\n", "eval", "-", "--at", "x=1.0,y=2.0");
        Assert.That((r.ExitCode, r.Out), Is.EqualTo((ExitCodes.Ok, "16\n")), r.Error);
    }

    [Test]
    public void Json_is_one_document_per_line_with_its_line_number()
    {
        var r = DxProcess.RunWithInput("x^2\n\nx^3\n", "diff", "-", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        var lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(2));
        var documents = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(documents.Select(d => d.GetProperty("line").GetInt32()), Is.EqualTo(new[] { 1, 3 }));
        Assert.That(documents.Select(d => d.GetProperty("derivatives")[0].GetProperty("result").GetString()), Is.EqualTo(new[] { "2x", "3x^2" }));
    }

    [Test]
    public void A_bad_line_reports_its_error_with_its_line_and_the_others_still_run()
    {
        var r = DxProcess.RunWithInput("x^2\n2x + foo(x)\nx^3\n", "diff", "-");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Out, Does.Contain("d/dx: 2x").And.Contain("d/dx: 3x^2"));
        Assert.That(r.Error, Does.StartWith("line 2: error DX0005 at 6: Unknown function 'foo'."));
        Assert.That(r.Error, Does.Contain("  2x + foo(x)\n       ^^^"));
    }

    [Test]
    public void A_bad_line_in_json_is_an_error_document_on_its_line()
    {
        var r = DxProcess.RunWithInput("x^2\n2x + foo(x)\n", "diff", "-", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        var error = JsonDocument.Parse(r.Out.TrimEnd('\n').Split('\n')[1]).RootElement;
        Assert.That(error.GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(error.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("DX0005"));
    }

    [Test]
    public void A_byte_order_mark_at_the_start_is_dropped()
    {
        var r = DxProcess.RunWithInput("\uFEFFx^2\n", "diff", "-");
        Assert.That((r.ExitCode, r.Out, r.Error), Is.EqualTo((ExitCodes.Ok, "d/dx: 2x\n", "")));
    }

    [Test]
    public void Input_withpicturea_formula_is_an_error()
    {
        var r = DxProcess.RunWithInput("\n# only a comment\n", "parse", "-");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Error, Does.Contain("no formula"));
    }

    [Test]
    public void Windows_line_ends_are_line_ends()
    {
        var r = DxProcess.RunWithInput("x^2\r\nx^3\r\n", "diff", "-", "--format", "json");
        Assert.That(r.Out.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(2), r.Out + r.Error);
    }

    [TestCase("\n# only a comment\n", "holds no formula")]
    [TestCase("x^2\nx^3\n", "holds 2 formulas; this takes one")]
    public void A_command_of_one_formula_needs_exactly_one_line(string input, string message)
    {
        var picture = Path.Combine(Path.GetTempPath(), $"dx-stdin-{Guid.NewGuid():N}.png");
        var r = DxProcess.RunWithInput(input, "plot", "-", "--out", picture);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput), r.Error);
        Assert.That(r.Error, Does.Contain(message));
        Assert.That(File.Exists(picture), Is.False);
    }

}
