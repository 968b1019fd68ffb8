using System.Text.Json;
using System.Text.RegularExpressions;
using Differentiator.Cli;
using Differentiator.Cli.Commands;
using Differentiator.Reports;
using Differentiator.Sessions;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Neural;

/// <summary>Logic gates as perceptrons, defined in the REPL's language and checked row by row.</summary>
public class GateTests
{
    private static string GatesFile => Path.Combine(RepositoryRoot(), "examples", "gates.dx");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Differentiator.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["AND"] = [0, 0, 0, 1],
        ["NAND"] = [1, 1, 1, 0],
        ["OR"] = [0, 1, 1, 1],
        ["NOR"] = [1, 0, 0, 0],
        ["XOR"] = [0, 1, 1, 0],
        ["XOR_NAND"] = [0, 1, 1, 0],
        ["XOR_NOR"] = [0, 1, 1, 0],
        ["NOT"] = [1, 0],
    };

    [Test]
    public void Every_gate_of_the_examples_file_has_its_truth_table()
    {
        var report = GatesReport.Load("gates.dx", File.ReadAllText(GatesFile));
        Assert.That(report.Tables.Select(t => t.Name), Is.EquivalentTo(Expected.Keys));
        foreach (var table in report.Tables)
        {
            Assert.That(table.Rows.Select(r => r[^1]), Is.EqualTo(Expected[table.Name].Select(v => (double)v)), table.Name);
            Assert.That(table.IsCorrect, Is.True, table.Name);
        }
        Assert.That(report.AllCorrect, Is.True);
    }

    [TestCase("XOR_NAND", "NAND")]
    [TestCase("XOR_NOR", "NOR")]
    public void Xor_is_built_from_one_gate_alone(string gate, string only)
    {
        var line = File.ReadLines(GatesFile).Single(l => l.StartsWith(gate + "(", StringComparison.Ordinal));
        var body = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
        var calls = Regex.Matches(body, @"([A-Za-z_]+)\(").Select(m => m.Groups[1].Value).Distinct();
        Assert.That(calls, Is.EqualTo(new[] { only }));
    }

    [Test]
    public void The_tool_ships_the_same_definitions_as_the_examples_file()
    {
        Assert.That(GatesCommand.BuiltInText().ReplaceLineEndings(), Is.EqualTo(File.ReadAllText(GatesFile).ReplaceLineEndings()));
    }

    [Test]
    public void A_gate_that_is_not_what_its_name_promises_is_caught()
    {
        var report = GatesReport.Load("bad.dx", "AND(a, b) = step(a + b - 0.5)\nNOT(a, b) = step(-a)");
        var and = report.Tables.Single(t => t.Name == "AND");
        Assert.That(and.IsCorrect, Is.False);
        Assert.That(and.Wrong.Count, Is.EqualTo(2));
        Assert.That(report.Tables.Single(t => t.Name == "NOT").FitsPromise, Is.False);
        Assert.That(report.AllCorrect, Is.False);
    }

    [Test]
    public void A_bad_line_in_a_gates_file_is_an_error_with_its_line_number()
    {
        var e = Assert.Throws<InvalidInputException>(() => GatesReport.Load("bad.dx", "AND(a, b) = step(a + b - 1.5)\nOR(a, b) = step(a + b - )"));
        Assert.That(e!.Message, Does.StartWith("bad.dx line 2:"));
    }

    [Test]
    public void Dx_gates_json_rows_end_with_the_output()
    {
        var r = DxProcess.Run("gates", "--format", "json");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        using var json = JsonDocument.Parse(r.Out);
        var and = json.RootElement.GetProperty("gates").EnumerateArray().First(g => g.GetProperty("name").GetString() == "AND");
        Assert.That(and.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { "x1", "x2" }));
        var rows = and.GetProperty("rows").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.GetInt32()).ToArray()).ToArray();
        Assert.That(rows, Is.EqualTo(new[] { new[] { 0, 0, 0 }, [0, 1, 0], [1, 0, 0], [1, 1, 1] }));
    }

    [Test]
    public void Dx_gates_with_a_file_and_a_wrong_gate_exits_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dx-gates-{Guid.NewGuid():N}.dx");
        File.WriteAllText(path, "OR(a, b) = step(a + b - 1.5)\n");
        try
        {
            var r = DxProcess.Run("gates", path);
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
            Assert.That(r.Out, Does.Contain("NOT the OR table"));
        }
        finally { File.Delete(path); }
    }

    [Test]
    public void The_repl_loads_the_gates_and_prints_a_table()
    {
        var r = DxProcess.RunWithInput($":load {GatesFile}\n:table XOR\nXOR(1, 0)\n");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.Ok), r.Error);
        Assert.That(r.Out, Does.Contain("XOR(x1, x2): the XOR table, checked"));
        Assert.That(r.Out, Does.Contain("1  0 | 1"));
    }

    [Test]
    public void Session_truth_tables_only_take_functions_of_zero_and_one()
    {
        var session = Session.Empty.Load("s.dx", "f(x) = x^2 + 0.5\ng(x) = step(x)\nh(x, y) = x y").Session;
        Assert.That(session.TruthTables().Select(t => t.Name), Is.EqualTo(new[] { "g", "h" }));
        Assert.That(session.TruthTables("f").Single().IsBinary, Is.False);
        Assert.Throws<InvalidInputException>(() => session.TruthTables("nope"));
    }
}
