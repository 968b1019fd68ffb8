using System.Diagnostics;
using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Tests.Support;
using static Differentiator.Tests.Support.Nesting;

namespace Differentiator.Tests.Cli;

/// <summary>
/// <c>dx diff --steps</c> on formulas as deep as the parser reads: the steps show their first and
/// last lines and say how many were left out, the output stays small, and the process ends with a
/// result or a diagnostic (exit 0 or 2) within 5 s, never a trace or an out-of-memory.
/// </summary>
public class StepsAtTheLimitsTests
{
    public static IEnumerable<TestCaseData> DeepFormulas()
    {
        yield return new TestCaseData(Nested("sin", 1000), "text").SetName("sin(sin(…)) 1000 deep");
        yield return new TestCaseData(Tower(1000), "text").SetName("x^x^… 1000 high");
        yield return new TestCaseData(Nest("√", "x", "", 1000), "text").SetName("√√…√x 1000 deep");
        yield return new TestCaseData(Nest("|", "x", "|", 1000), "text").SetName("||…|x|…|| 1000 deep");
        yield return new TestCaseData(Nested("sin", 1000), "latex").SetName("sin(sin(…)) 1000 deep in LaTeX");
    }

    [TestCaseSource(nameof(DeepFormulas))]
    public void StepsOfDeepFormulasAreShortAndSayWhatWasLeftOut(string formula, string format)
    {
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = DxProcess.Run("diff", formula, "--steps", "--format", format);
        clock.Stop();
        TestContext.Out.WriteLine($"{clock.Elapsed.TotalSeconds:F1} s, exit {exit}, {output.Length:N0} characters out; {error}");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok).Or.EqualTo(ExitCodes.BadInput), error);
        Assert.That(error, Does.Not.Contain("Exception").And.Not.Contain("   at "));
        Assert.That(output.Length, Is.LessThan(100_000));
        Assert.That(output, Does.Contain("step lines left out"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), "issue 13: every row ends within 5 s; the figures are in docs/notes");
    }

    [Test]
    public void JsonListsTheFirstAndLastRulesAndCountsTheRest()
    {
        var (exit, output, error) = DxProcess.Run("diff", Nested("sin", 100), "--steps", "--format", "json");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var stage = JsonDocument.Parse(output).RootElement.GetProperty("derivatives")[0].GetProperty("steps")[0];
        Assert.That(stage.GetProperty("rules").GetArrayLength(), Is.EqualTo(60));
        Assert.That(stage.GetProperty("omittedRules").GetInt32(), Is.GreaterThanOrEqualTo(40), "a hundred chain steps, sixty listed");
        Assert.That(stage.GetProperty("text").GetString(), Does.Contain("step lines left out"));
    }

    [Test]
    public void ADerivativeTooLongToReadBackIsADiagnosticNotAHugePrint()
    {
        // The derivative of σ nested 400 deep is about 1.4 million characters written out.
        var (exit, output, error) = DxProcess.Run("diff", Nested("sigmoid", 400));
        Assert.That(exit, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith("error DX0402: ").And.Contain("longer than 1,000,000 characters"));
    }

    [Test]
    public void SharedOutputPrintsWhatThePlainFormCannot()
    {
        var (exit, output, _) = DxProcess.Run("diff", Nested("sigmoid", 200), "--shared");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok));
        Assert.That(output.Length, Is.LessThan(100_000));
    }
}
