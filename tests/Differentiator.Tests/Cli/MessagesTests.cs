using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Expressions;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Cli;

/// <summary>What dx says: unknown commands, help with examples, the function table, capped echoes, --format in any case.</summary>
public class MessagesTests
{
    [Test]
    public void An_unknown_command_is_named_and_the_commands_listed()
    {
        var r = DxProcess.Run("frobnicate");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Error, Does.Contain("'frobnicate' is not a dx command"));
        Assert.That(r.Error, Does.Contain("parse, eval, diff, grad, numdiff, compare"));
        foreach (var command in DxCommands.All) Assert.That(r.Error, Does.Contain(command.Name));
        Assert.That(r.Error, Does.Not.Contain("Required command was not provided"));
    }

    private static IEnumerable<string> Commands => DxCommands.All.Select(c => c.Name);

    [TestCaseSource(nameof(Commands))]
    public void Help_of_every_command_has_examples_and_points_to_the_functions(string command)
    {
        var r = DxInProcess.Run(command, "--help");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(r.Out, Does.Contain("Examples:\n  dx " + command));
        Assert.That(r.Out, Does.Contain("'dx functions' lists the functions"));
    }

    [Test]
    public void Help_through_the_real_process_has_examples()
    {
        var r = DxProcess.Run("diff", "--help");
        Assert.That(r.Out, Does.Contain("Examples:\n  dx diff \"2x+3xy+y^3\""));
    }

    [Test]
    public void Help_with_format_json_is_a_json_document()
    {
        var r = DxProcess.Run("diff", "--help", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok));
        var help = JsonDocument.Parse(r.Out).RootElement.GetProperty("help");
        Assert.That(help.GetProperty("command").GetString(), Is.EqualTo("dx diff"));
        Assert.That(help.GetProperty("examples").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    public void Format_accepts_any_case_and_help_shows_lower_case()
    {
        var r = DxProcess.Run("eval", "2+3", "--format", "JSON");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(JsonDocument.Parse(r.Out).RootElement.GetProperty("value").GetDouble(), Is.EqualTo(5));
        var help = DxInProcess.Run("diff", "--help").Out;
        Assert.That(help, Does.Contain("--format <text|code|latex|json>").And.Not.Contain("[default: Text]"));
    }

    [Test]
    public void Functions_prints_the_one_function_table()
    {
        var r = DxProcess.Run("functions");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        var lines = r.Out.Split('\n');
        Assert.That(lines[0], Does.StartWith("name").And.Contain("aliases").And.Contain("arguments").And.Contain("derivative").And.Contain("domain"));
        foreach (var f in MathFunctions.All)
            Assert.That(lines.Any(l => l.StartsWith(f.Name + " ", StringComparison.Ordinal)), Is.True, f.Name);
        Assert.That(r.Out, Does.Contain("d/dx sin(x) = cos(x)"));
        Assert.That(lines.Single(l => l.StartsWith("ln ", StringComparison.Ordinal)), Does.Contain("log").And.Contain("1 or 2").And.Contain("d/dx ln(x) = 1/x").And.Contain("x > 0"));
    }

    [Test]
    public void Functions_as_json_has_a_row_per_function()
    {
        var r = DxProcess.Run("functions", "--format", "json");
        var rows = JsonDocument.Parse(r.Out).RootElement.GetProperty("functions");
        Assert.That(rows.GetArrayLength(), Is.EqualTo(MathFunctions.All.Count));
        var max = rows.EnumerateArray().Single(f => f.GetProperty("name").GetString() == "max");
        Assert.That(max.GetProperty("rules").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void A_gradient_with_25000_missing_variables_is_a_short_message()
    {
        var formula = string.Join("+", Enumerable.Range(0, 25_000).Select(i => $"v_{i}"));
        var r = DxProcess.RunWithInput(formula, "grad", "-", "--at", "x=1.0");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Error.Length, Is.LessThan(1000), r.Error[..Math.Min(r.Error.Length, 2000)]);
        Assert.That(r.Error, Does.Contain("more"));
    }

    [Test]
    public void Ten_thousand_absent_variables_are_one_short_warning()
    {
        var names = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"v{i}"));
        var r = DxProcess.Run("diff", "x", "--wrt", names);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error[..Math.Min(r.Error.Length, 500)]);
        Assert.That(r.Error, Does.Contain("v0, v1, v2").And.Contain("and 9,992 more do not occur in x"));
        Assert.That(r.Error.Length, Is.LessThan(500));
    }

    [Test]
    public void Echoed_words_of_a_command_line_are_capped()
    {
        var huge = new string('q', 100_000);
        foreach (var args in new[] { [huge], ["diff", "x", "--format", huge], new[] { "diff", "x", huge } })
        {
            var r = DxInProcess.Run(args);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(r.Error.Length, Is.LessThan(1000), $"dx {string.Join(' ', args.Select(a => a[..Math.Min(a.Length, 10)]))}");
        }
    }

    [Test]
    public void Many_formulas_on_standard_input_echo_a_capped_heading()
    {
        var r = DxInProcess.RunWithInput("x\n" + new string('x', 10_000) + "\n", "parse", "-");
        var heading = r.Out.Split('\n').Single(l => l.StartsWith("# line 2: ", StringComparison.Ordinal));
        Assert.That(heading.Length, Is.LessThan(120));
    }
}
