using Differentiator.Syntax;

namespace Differentiator.Tests.Syntax;

/// <summary>Readings a person might not mean are reported, never hidden.</summary>
public class WarningTests
{
    private static IEnumerable<string> CodesOf(string text) => Formula.Parse(text).Warnings.Select(w => w.Code);

    /// <summary>The text under the one warning of <paramref name="code"/>.</summary>
    private static string WarnedText(string text, string code) => Formula.Parse(text).Warnings.Single(d => d.Code == code).Span.Of(text);

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
    [TestCase("7y^2z")]
    [TestCase("2(x+1)^2(x-1)")]
    [TestCase("3x^2y + 2x y^2z")]
    [TestCase("e^3 x")]
    [TestCase("√2 z")]
    [TestCase("√(2)z")]
    [TestCase("x(x+1)")]
    [TestCase("a (b)")]
    [TestCase("2x + 3")]
    [TestCase("2 x")]
    [TestCase("sin^2 x")]
    [TestCase("sin(x)^-1")]
    [TestCase("asin(x) + arctan(x)")]
    [TestCase("x_1(x+1)")]
    [TestCase("\\frac{1}{2}x")]
    public void ExplicitFormulasDoNotWarn(string text) => Assert.That(Formula.Parse(text).Warnings, Is.Empty);

    /// <summary>DX1007: a power -1 on a function's name, however written, is the reciprocal; it is said where it is read.</summary>
    [TestCase("sin^-1 x", "1/sin(x)", "asin(x)")]
    [TestCase("\\sin^{-1} x", "1/sin(x)", "asin(x)")]
    [TestCase("tan^-1 x", "1/tan(x)", "atan(x)")]
    [TestCase("cos⁻¹ x", "1/cos(x)", "acos(x)")]
    [TestCase("sin^(-1)(2x)", "1/sin(2x)", "asin(2x)")]
    [TestCase("2 + sin^-1 x", "1/sin(x)", "asin(x)")]
    [TestCase("sinh^-1 x", "1/sinh(x)", "1/sinh(x)")]
    [TestCase("ln^-1 x", "1/ln(x)", "1/ln(x)")]
    public void APowerMinusOneOnAFunctionNameWarnsWithBothReadings(string text, string reading, string suggestion)
    {
        var w = Formula.Parse(text).Warnings.Single(d => d.Code == DiagnosticCodes.InverseFunctionNotation);
        Assert.That(w.Message, Does.Contain($"is read as {reading}"));
        Assert.That(w.Suggestion, Is.EqualTo(suggestion));
        Assert.That(text.Substring(w.Span.Start, w.Span.Length), Does.Contain("^").Or.Contain("⁻"), "the caret is under the notation");
        Assert.That(Formula.Parse(text).Reading, Does.Contain("1/"), "the reading is unchanged");
    }

    [Test]
    public void TheInverseReadingNamesTheArcFunction() =>
        Assert.That(Formula.Parse("sin^-1 x").Warnings.Single().Message, Is.EqualTo(
            "'sin^-1 x' is read as 1/sin(x), not arcsin(x); for the inverse sine write asin(x), for the reciprocal 1/sin(x)."));

    /// <summary>
    /// DX1004: the exponent of a number or e, or the operand of a root sign, stops before a factor
    /// written right after it. A letter's power (polynomial notation) is not ambiguous.
    /// </summary>
    [TestCase("e^3x", "e^3x")]
    [TestCase("-e^3x", "e^3x")]
    [TestCase("2^3x", "2^3x")]
    [TestCase("10^-3x", "10^-3x")]
    [TestCase("e^xy", "e^xy")]
    [TestCase("√2z", "√2z")]
    [TestCase("∛2z", "∛2z")]
    [TestCase("2√3x", "√3x")]
    [TestCase("√x^2y", "√x^2y")]
    [TestCase("sin e^2x", "e^2x")]
    public void AnExponentialOrRootOperandThatStopsShortWarns(string text, string span) =>
        Assert.That(WarnedText(text, DiagnosticCodes.PowerThenImplicit), Is.EqualTo(span));

    [TestCase("7y^2z")]
    [TestCase("2(x+1)^2(x-1)")]
    [TestCase("x^2y")]
    [TestCase("x^ny")]
    [TestCase("(2x)^3y")]
    [TestCase("e^(3)x")]
    [TestCase("e^{3}x")]
    [TestCase("e²x")]
    [TestCase("√(x+1)y")]
    public void APowerOfALetterOrABracketedOperandDoesNotWarn(string text) =>
        Assert.That(CodesOf(text), Does.Not.Contain(DiagnosticCodes.PowerThenImplicit));

    [Test]
    public void ARootSignSaysTheProductIsNotUnderIt() =>
        Assert.That(Formula.Parse("√2z").Warnings.Single().Message, Is.EqualTo("'√2z' is read as √2·z; write √(2z) if the product is under the root."));

    /// <summary>DX1003 names the reading as it is, the power on the name included.</summary>
    [TestCase("sin 2x", "'sin 2x' is read as sin(2x); write sin(2) x if the function applies to the first factor only.")]
    [TestCase("sin^2 2x", "'sin^2 2x' is read as sin(2x)^2; write sin(2)^2 x if the function applies to the first factor only.")]
    [TestCase("sin² 2x", "'sin² 2x' is read as sin(2x)²; write sin(2)² x if the function applies to the first factor only.")]
    [TestCase("ln 2 3", "'ln 2 3' is read as ln(2 3); write ln(2)*3 if the function applies to the first factor only.")]
    [TestCase("sin x y²⁻¹", "'sin x y²⁻¹' is read as sin(x y²)⁻¹; write (sin(x) y²)⁻¹ if the function applies to the first factor only.")]
    public void AFunctionWithoutParenthesesSaysItsRealReading(string text, string message) =>
        Assert.That(Formula.Parse(text).Warnings.Single(w => w.Code == DiagnosticCodes.FunctionWithoutParentheses).Message, Is.EqualTo(message));

    /// <summary>DX1008: a number after another factor is multiplied, which is rarely what was meant.</summary>
    [TestCase("3 4", "3 4")]
    [TestCase("x 2", "x 2")]
    [TestCase("(x+1) 2", "(x+1) 2")]
    [TestCase("x^2 3", "x^2 3")]
    [TestCase("x² 3", "x² 3")]
    [TestCase("2 3x", "2 3")]
    [TestCase("sin x 2", "x 2")]
    [TestCase("x 2^y", "x 2^y")]
    public void ANumberAfterAFactorWarns(string text, string span) =>
        Assert.That(WarnedText(text, DiagnosticCodes.JuxtaposedNumber), Is.EqualTo(span));

    [TestCase("2x")]
    [TestCase("2 x")]
    [TestCase("2(3)")]
    [TestCase("x2")]
    [TestCase("x*2")]
    [TestCase("1/2 3", Description = "DX1002 already says how it is read")]
    public void ANumberFirstOrAfterAnOperatorDoesNotWarn(string text) =>
        Assert.That(CodesOf(text), Does.Not.Contain(DiagnosticCodes.JuxtaposedNumber));

    /// <summary>
    /// DX1009: one letter directly before '(' reads like a call; it warns when the letter is f, g
    /// or h, or the parentheses hold one variable or number.
    /// </summary>
    [TestCase("f(x)", "f(x)")]
    [TestCase("u(z)", "u(z)")]
    [TestCase("2u(z) + z", "u(z)")]
    [TestCase("g(x+1)", "g(x+1)")]
    [TestCase("y(0)", "y(0)")]
    [TestCase("θ(t)", "θ(t)")]
    [TestCase("theta(t)", "theta(t)")]
    [TestCase("f(x)^2", "f(x)")]
    [TestCase("e^f(x)", "f(x)")]
    public void ALetterAppliedToParenthesesWarns(string text, string span) =>
        Assert.That(WarnedText(text, DiagnosticCodes.LetterBeforeParenthesis), Is.EqualTo(span));

    [TestCase("x(x+1)")]
    [TestCase("a(b+c)")]
    [TestCase("f (x)")]
    [TestCase("f*(x)")]
    [TestCase("x_1(x)")]
    [TestCase("w1(x)")]
    [TestCase("ab(x)", Description = "DX1001 already says ab is a·b")]
    [TestCase("Ln(x)", Description = "DX1001 already says Ln is L·n, and suggests ln")]
    [TestCase("σ(z)")]
    [TestCase("pi(x)")]
    [TestCase("f[x]")]
    public void AProductThatDoesNotLookLikeACallDoesNotWarn(string text) =>
        Assert.That(CodesOf(text), Does.Not.Contain(DiagnosticCodes.LetterBeforeParenthesis));

    [Test]
    public void ALetterAppliedToParenthesesSaysHowToDefineAFunction() =>
        Assert.That(Formula.Parse("u(z)").Warnings.Single().Message, Is.EqualTo(
            "'u(z)' is read as the product u·z, not a function u applied to z; write u*z to say so, or define u in the REPL (u(x) = …) and use it there."));

    [Test]
    public void ASplitRunThatIsAFunctionButForCaseSaysSo() =>
        Assert.That(Formula.Parse("Ln(x)").Warnings.Single().Message, Does.EndWith("(did you mean ln?)."));

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
