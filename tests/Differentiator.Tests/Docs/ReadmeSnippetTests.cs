using Differentiator.Tests.Support;

namespace Differentiator.Tests.Docs;

/// <summary>
/// Every C# snippet of README.md compiles against the library as a console program with only the
/// usings it shows, runs, and prints what its comments say (<c>Console.WriteLine(v); // 16</c>).
/// </summary>
public class ReadmeSnippetTests
{
    private static IReadOnlyList<CSharpSnippet> Snippets =>
        CSharpSnippet.Extract(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "README.md")));

    private static IEnumerable<TestCaseData> Cases =>
        Snippets.Select(s => new TestCaseData(s).SetArgDisplayNames($"README.md line {s.Line}"));

    [Test]
    public void The_readme_has_a_tour_of_the_library()
    {
        var code = string.Join('\n', Snippets.Select(s => s.Code));
        foreach (var call in new[] { "Formula.Parse", ".Differentiate(", ".Gradient(", ".Hessian(", ".Steps(", ".Evaluate(", ".Compile(", ".NumericGradient(", ".Compare(", "FormulaReports.", "ReportJson." })
            Assert.That(code, Does.Contain(call), $"the tour shows {call}");
    }

    [TestCaseSource(nameof(Cases))]
    public void Snippet_compiles_runs_and_prints_what_it_says(CSharpSnippet snippet)
    {
        var (errors, output) = snippet.CompileAndRun();
        Assert.That(errors, Is.Empty, snippet.Code);
        var expected = snippet.Expected;
        if (expected.All(e => e is null)) return;
        var printed = output.TrimEnd('\n').Split('\n');
        Assert.That(printed, Has.Length.EqualTo(expected.Count), $"one line per Console.WriteLine:\n{output}");
        for (var i = 0; i < expected.Count; i++)
            if (expected[i] is { } value)
                Assert.That(printed[i], Is.EqualTo(value), $"line {i + 1} of the output of the snippet at README.md line {snippet.Line}");
    }
}
