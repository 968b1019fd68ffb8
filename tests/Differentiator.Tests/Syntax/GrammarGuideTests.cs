using System.Text.RegularExpressions;
using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>
/// grammar/README.md is the short guide to the language: every example in its tables is read
/// back through the parser. A "Formula | Reading" row must read so (and draw the warning it names);
/// a "Code | Example | Message" row must give that diagnostic, word for word.
/// </summary>
public partial class GrammarGuideTests
{
    private static IEnumerable<string[]> Rows()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Grammar", "README.md");
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('|') || line.StartsWith("|---", StringComparison.Ordinal)) continue;
            yield return [.. CellSeparator().Split(line.Trim('|')).Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal))];
        }
    }

    private static string? Code(string cell) => cell.Length > 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : null;

    private static IEnumerable<TestCaseData> Readings() =>
        Rows().Where(r => r.Length == 2 && Code(r[0]) is not null && r[1].StartsWith('`'))
            .Select(r => new TestCaseData(Code(r[0])!, r[1]).SetName($"reading of {r[0]}"));

    private static IEnumerable<TestCaseData> Diagnostics() =>
        Rows().Where(r => r.Length == 3 && DiagnosticCode().IsMatch(r[0]) && Code(r[1]) is not null && !r[0].StartsWith("DX03", StringComparison.Ordinal))
            .Select(r => new TestCaseData(r[0], Code(r[1])!, r[2]).SetName($"{r[0]} for {r[1]}"));

    [TestCaseSource(nameof(Readings))]
    public void EveryReadingInTheGuideIsTheParsersReading(string formula, string readingCell)
    {
        var reading = readingCell[1..readingCell.IndexOf('`', 1)];
        Assert.That(Reading(formula), Is.EqualTo(reading));
        foreach (Match warning in WarningCode().Matches(readingCell))
            Assert.That(Formula.Parse(formula).Warnings.Select(w => w.Code), Does.Contain(warning.Value));
    }

    [TestCaseSource(nameof(Diagnostics))]
    public void EveryDiagnosticInTheGuideIsTheParsersDiagnostic(string code, string example, string message)
    {
        var diagnostic = code.StartsWith("DX1", StringComparison.Ordinal)
            ? Formula.Parse(example).Warnings.First(w => w.Code == code)
            : ErrorOf(example);
        Assert.That(diagnostic.Code, Is.EqualTo(code));
        Assert.That(diagnostic.Message, Is.EqualTo(message));
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"^DX\d{4}$")]
    private static partial Regex DiagnosticCode();

    [GeneratedRegex(@"DX1\d{3}")]
    private static partial Regex WarningCode();
}
