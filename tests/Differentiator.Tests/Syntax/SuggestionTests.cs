using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>
/// Every rewrite a warning suggests, put in place of the span it is about, reads as the reading
/// the message names for it, and does not draw the same warning again.
/// </summary>
public class SuggestionTests
{
    [TestCase("1/2x", DiagnosticCodes.DivisionThenImplicit, "1/(2*x)", "1/(2x)")]
    [TestCase("1/2 3", DiagnosticCodes.DivisionThenImplicit, "1/(2*3)", "1/(2*3)")]
    [TestCase("a/b c", DiagnosticCodes.DivisionThenImplicit, "a/(b*c)", "a/(b c)")]
    [TestCase("1/x^2y", DiagnosticCodes.DivisionThenImplicit, "1/(x^2*y)", "1/(x^2 y)")]
    [TestCase("1/2e", DiagnosticCodes.DivisionThenImplicit, "1/(2*e)", "1/(2 e)")]
    [TestCase("1/2 e^x", DiagnosticCodes.DivisionThenImplicit, "1/(2*exp(x))", "1/(2 e^x)")]
    [TestCase("1/x(x+1)", DiagnosticCodes.DivisionThenImplicit, "1/(x*(x+1))", "1/(x (x+1))")]
    [TestCase("sin 2x", DiagnosticCodes.FunctionWithoutParentheses, "sin(2)*x", "sin(2) x")]
    [TestCase("sin^2 2x", DiagnosticCodes.FunctionWithoutParentheses, "sin(2)^2*x", "sin(2)^2 x")]
    [TestCase("ln 2 3", DiagnosticCodes.FunctionWithoutParentheses, "ln(2)*3", "ln(2)*3")]
    [TestCase("sin x y", DiagnosticCodes.FunctionWithoutParentheses, "sin(x)*y", "sin(x) y")]
    [TestCase("sin x 2y", DiagnosticCodes.FunctionWithoutParentheses, "sin(x)*2*y", "sin(x)*2y")]
    [TestCase("sin x y²⁻¹", DiagnosticCodes.FunctionWithoutParentheses, "(sin(x)*y^2)^-1", "(sin(x) y²)⁻¹")]
    [TestCase("e^3x", DiagnosticCodes.PowerThenImplicit, "exp(3*x)", "e^(3x)")]
    [TestCase("e^-3x", DiagnosticCodes.PowerThenImplicit, "exp(-3*x)", "e^(-3x)")]
    [TestCase("e^xy", DiagnosticCodes.PowerThenImplicit, "exp(x*y)", "e^(x y)")]
    [TestCase("2^x^2y", DiagnosticCodes.PowerThenImplicit, "2^(x^2*y)", "2^(x^2 y)")]
    [TestCase("e^3(x+1)", DiagnosticCodes.PowerThenImplicit, "exp(3*(x+1))", "e^(3(x+1))")]
    [TestCase("√2z", DiagnosticCodes.PowerThenImplicit, "sqrt(2*z)", "√(2z)")]
    [TestCase("√x^2y", DiagnosticCodes.PowerThenImplicit, "sqrt(x^2*y)", "√(x^2 y)")]
    [TestCase("sin^-1 x", DiagnosticCodes.InverseFunctionNotation, "asin(x)", "asin(x)")]
    [TestCase("\\tan^{-1}(2x)", DiagnosticCodes.InverseFunctionNotation, "atan(2*x)", "atan(2x)")]
    [TestCase("sinh^-1 x", DiagnosticCodes.InverseFunctionNotation, "1/sinh(x)", "1/sinh(x)")]
    [TestCase("3 4", DiagnosticCodes.JuxtaposedNumber, "12", "3*4")]
    [TestCase("x 2", DiagnosticCodes.JuxtaposedNumber, "2*x", "x*2")]
    [TestCase("f(x)", DiagnosticCodes.LetterBeforeParenthesis, "f*x", "f*x")]
    [TestCase("g(x+1)", DiagnosticCodes.LetterBeforeParenthesis, "g*(x+1)", "g*(x+1)")]
    public void TheSuggestedRewriteReadsAsTheMessageSays(string text, string code, string intended, string suggestion)
    {
        var warning = Formula.Parse(text).Warnings.Single(w => w.Code == code);
        Assert.That(warning.Suggestion, Is.EqualTo(suggestion));
        Assert.That(warning.Message, Does.Contain(suggestion), "the message shows the suggestion");
        var rewritten = text[..warning.Span.Start] + warning.Suggestion + text[warning.Span.End..];
        Assert.That(SameTree(rewritten, intended), Is.True, $"'{rewritten}' reads as {Reading(rewritten)}, not {Reading(intended)}");
        Assert.That(Formula.Parse(rewritten).Warnings.Select(w => w.Code), Does.Not.Contain(code), rewritten);
    }

    [Test]
    public void EverySuggestionInRandomFormulasParses()
    {
        string[] pieces = ["1", "2", "3", "x", "y", "e", "/", " ", " ", "^", "-", "√", "sin ", "(", ")", "f", "u", "⁻¹", "²", "*", "tan", "+", "^-1 "];
        var random = new Random(7);
        var checkedSuggestions = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (!Formula.TryParse(text, out var f, out _)) continue;
            foreach (var w in f.Warnings.Where(w => w.Suggestion is not null))
            {
                var rewritten = text[..w.Span.Start] + w.Suggestion + text[w.Span.End..];
                Assert.That(Formula.TryParse(rewritten, out _, out var error), Is.True, $"'{text}' {w.Code}: '{rewritten}': {error?.Message}");
                checkedSuggestions++;
            }
        }
        Assert.That(checkedSuggestions, Is.GreaterThan(500));
    }
}
