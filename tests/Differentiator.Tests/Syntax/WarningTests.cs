using Differentiator.Syntax;

namespace Differentiator.Tests.Syntax;

/// <summary>Readings a person might not mean are reported, never hidden.</summary>
public class WarningTests
{
    private static IEnumerable<string> CodesOf(string text) => Formula.Parse(text).Warnings.Select(w => w.Code);

    [TestCase("1/2x", DiagnosticCodes.DivisionThenImplicit)]
    [TestCase("sin 2x", DiagnosticCodes.FunctionWithoutParentheses)]
    [TestCase("e^3x", DiagnosticCodes.PowerThenImplicit)]
    [TestCase("ab", DiagnosticCodes.SplitName)]
    [TestCase("e^(-x^2/(2σ^2))", DiagnosticCodes.SigmaAsVariable)]
    [TestCase("1e-999", DiagnosticCodes.Underflow)]
    [TestCase("e^-3x", DiagnosticCodes.PowerThenImplicit)]
    [TestCase("2^x^2y", DiagnosticCodes.PowerThenImplicit)]
    public void AmbiguousReadingsWarn(string text, string code) =>
        Assert.That(CodesOf(text), Does.Contain(code));

    [TestCase("ln x + 1/x")]
    [TestCase("x/(2y)")]
    [TestCase("sin(2x)")]
    [TestCase("e^(3x)")]
    [TestCase("w1x1 + w2x2")]
    [TestCase("σ(z)")]
    [TestCase("x^2 y")]
    public void ExplicitFormulasDoNotWarn(string text) => Assert.That(CodesOf(text), Is.Empty);

    [Test]
    public void WarningsSayHowTheFormulaWasRead()
    {
        var w = Formula.Parse("1/2x").Warnings.Single();
        Assert.That(w.Message, Is.EqualTo("'1/2x' is read as (1/2)·x; write 1/(2x) if the product is the denominator."));
        Assert.That(w.Span, Is.EqualTo(new SourceSpan(0, 4)));
        Assert.That(Formula.Parse("sin 2x").Warnings.Single().Message, Does.StartWith("'sin 2x' is read as sin(2x)"));
        Assert.That(Formula.Parse("e^3x").Warnings.Single().Message, Does.StartWith("'e^3x' is read as e^3·x"));
        Assert.That(Formula.Parse("ab").Warnings.Single().Message, Does.StartWith("'ab' is read as a·b"));
    }
}
