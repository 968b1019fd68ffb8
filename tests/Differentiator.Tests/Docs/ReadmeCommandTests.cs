using Differentiator.Tests.Support;

namespace Differentiator.Tests.Docs;

/// <summary>
/// Every <c>$ dx …</c> example of README.md runs through the real <c>dx</c> and prints what the
/// README shows under it: its standard output when it succeeds, its standard error (the message
/// with its caret) when it exits 2. Each runs in a fresh folder holding <c>examples/grading</c>, so
/// that files a command writes (<c>plot.png</c>) land there and the README's relative paths resolve.
/// </summary>
[Parallelizable(ParallelScope.Children)]
public class ReadmeCommandTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md"));

    private static IEnumerable<TestCaseData> Cases =>
        DocumentedCommand.Extract(Readme).Select(c => new TestCaseData(c).SetArgDisplayNames($"README.md line {c.Line}: {c}"));

    [Test]
    public void The_readme_walks_the_lecture_with_dx_commands()
    {
        var start = Readme.IndexOf("\n## The lecture, step by step\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "the README has the lecture section");
        var end = Readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var shown = DocumentedCommand.Extract(Readme[start..end]).Select(c => c.ToString()).ToList();
        foreach (var expected in new[]
        {
            "dx diff \"2x + 3xy + y^3\" --wrt x", "dx diff \"e^(3x^2)\" --steps", "dx grad ", "dx numdiff \"x^2\" --at \"[3.0]\" --trace",
            "dx numdiff \"x^2\" --at \"[3]\"", "dx numdiff \"wx + xyz + 3w + zy^2\"", "dx table \"sigmoid(x)\"", "dx plot \"step(x)\" \"sigmoid(x)\"",
            "dx perceptron", "dx gates", "dx train and", "dx train xor --hidden 2", "dx seq ",
        })
            Assert.That(shown, Has.Some.StartsWith(expected), $"the lecture section shows {expected}");
    }

    [Test]
    public void The_readme_shows_a_real_grading_run()
    {
        var grade = DocumentedCommand.Extract(Readme).Where(c => c.ToString() == "dx grade examples/grading/exercises.yaml examples/grading/answers.csv").ToList();
        Assert.That(grade, Is.Not.Empty, "the README's Grading section shows the run (Command_prints_what_the_readme_shows runs it)");
        Assert.That(grade[0].Shown.Where(l => l.Trim() != "…").ToList(), Has.Count.GreaterThan(10));
    }

    [TestCaseSource(nameof(Cases))]
    public void Command_prints_what_the_readme_shows(DocumentedCommand command)
    {
        var folder = Directory.CreateTempSubdirectory("dx-readme-").FullName;
        try
        {
            CopyFolder(Path.Combine(AppContext.BaseDirectory, "Examples", "grading"), Path.Combine(folder, "examples", "grading"));
            var r = DxProcess.RunIn(folder, null, [.. command.Arguments]);
            Assert.That(r.ExitCode, Is.Zero.Or.EqualTo(2), $"{command} is a success or a user error, never a bug:\n{r.Error}");
            var output = r.ExitCode == 0 ? r.Out : r.Error;
            Assert.That(command.IsShownBy(output), Is.True,
                $"README.md line {command.Line}: {command} shows\n{string.Join('\n', command.Shown)}\nbut prints\n{output}\n(standard error:\n{r.Error})");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
