using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>Deep input gets a diagnostic, never a stack overflow; input within the limit parses on any thread.</summary>
public class NestingTests
{
    private static string Brackets(int depth) => new string('(', depth) + "x" + new string(')', depth);

    [Test]
    public void HundredThousandBracketsAreRefused()
    {
        var error = ErrorOf(Brackets(100_000));
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.TooDeep));
        Assert.That(error.Span.Start, Is.EqualTo(Limits.MaxNesting));
    }

    [TestCase("x^", "x")]
    [TestCase("-", "x")]
    [TestCase("sin ", "x")]
    [TestCase("√", "x")]
    [TestCase("-(", "x")]
    [TestCase("|", "x")]
    public void HundredThousandPrefixOperatorsAreRefused(string unit, string operand)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 100_000)) + operand + (unit.EndsWith('(') ? new string(')', 100_000) : unit == "|" ? new string('|', 100_000) : "");
        Assert.That(ErrorOf(text).Code, Is.EqualTo(DiagnosticCodes.TooDeep));
    }

    [Test]
    public void TheDocumentedLimitItselfParses()
    {
        var f = Formula.Parse(Brackets(Limits.MaxNesting));
        Assert.That(f.Reading, Is.EqualTo("x"));
        Assert.That(ErrorOf(Brackets(Limits.MaxNesting + 1)).Code, Is.EqualTo(DiagnosticCodes.TooDeep));
    }

    [Test]
    public void DeepPowerTowerParsesAndPrintsOnASmallStackThread()
    {
        var text = string.Concat(Enumerable.Repeat("x^", 900)) + "x";
        object? outcome = null;
        var thread = new Thread(() =>
        {
            try { outcome = Formula.Parse(text).Reading; }
            catch (Exception e) { outcome = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(outcome, Is.TypeOf<string>().And.StartWith("x^(x^(x^"));
    }

    [Test]
    public void AHundredThousandLetterRunParsesAndPrintsBack()
    {
        var run = new string([.. Enumerable.Range(0, 100_000).Select(i => "xyzwuv"[i % 6])]);
        var f = Formula.Parse(run);
        Assert.That(f.Variables, Has.Count.EqualTo(6));
        Assert.That(f.ToText(), Is.EqualTo(run));
    }

    [Test]
    public void LongFlatFormulasAreNotDeep()
    {
        var text = string.Join(" + ", Enumerable.Range(1, 20_000).Select(k => $"{k}x^{k}"));
        var f = Formula.Parse(text);
        Assert.That(f.Expression.Depth, Is.LessThan(5));
        Assert.That(f.Expression.Children, Has.Count.EqualTo(20_000));
    }
}
