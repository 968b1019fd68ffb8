using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>
/// Derivative notation typed as input: recognised for front ends that differentiate it, and an
/// error (DX0011) that says what to do instead when it is parsed as a formula.
/// </summary>
public class DerivativeNotationTests
{
    [TestCase("d/dx x^2", "x", 1, "x^2")]
    [TestCase("d/dx(x^2)", "x", 1, "(x^2)")]
    [TestCase("  d / dx  x^2 ", "x", 1, "x^2")]
    [TestCase("d^2/dx^2 x^3", "x", 2, "x^3")]
    [TestCase("d^{2}/dx^{2} x^3", "x", 2, "x^3")]
    [TestCase("d²/dx² x^3", "x", 2, "x^3")]
    [TestCase("∂/∂y x y", "y", 1, "x y")]
    [TestCase("∂²/∂y² x y^3", "y", 2, "x y^3")]
    [TestCase("\\frac{d}{dx} x^2", "x", 1, "x^2")]
    [TestCase("\\frac{d}{dx}\\left(x^2\\right)", "x", 1, "\\left(x^2\\right)")]
    [TestCase("\\frac{\\partial}{\\partial x} x^2", "x", 1, "x^2")]
    [TestCase("\\frac{\\partial^2}{\\partial x^2} x^4", "x", 2, "x^4")]
    [TestCase("\\frac{d^2}{dx^2} x^2", "x", 2, "x^2")]
    [TestCase("\\dfrac{\\mathrm{d}}{\\mathrm{d}x} x^2", "x", 1, "x^2")]
    [TestCase("\\frac{d}{d\\theta} \\sin\\theta", "θ", 1, "\\sin\\theta")]
    [TestCase("d/dtheta sin theta", "θ", 1, "sin theta")]
    [TestCase("d/dx_1 x_1^2", "x1", 1, "x_1^2")]
    [TestCase("d(x^2)/dx", "x", 1, "(x^2)")]
    [TestCase("\\frac{d(x^2)}{dx}", "x", 1, "(x^2)")]
    [TestCase("\\frac{d x^2}{dx}", "x", 1, "x^2")]
    [TestCase("\uFEFFd/dx x", "x", 1, "x")]
    public void NotationWithAFormulaIsRecognised(string text, string variable, int order, string formula)
    {
        Assert.That(DerivativeNotation.TryParse(text, out var v, out var n, out var f), Is.True);
        Assert.That((v, n, f), Is.EqualTo((variable, order, formula)));
        Assert.That(DerivativeNotation.TryParse(text, out DerivativeNotation? notation), Is.True);
        Assert.That(text.Substring(notation!.FormulaStart, formula.Length), Is.EqualTo(formula), "FormulaStart points into the input");
        Assert.That(Formula.TryParse(notation.Formula, out _, out _), Is.True, "the formula part parses");
        Assert.That(text[notation.OperatorSpan.Start], Is.AnyOf('d', '∂', '\\'), "the operator span starts at the notation");
    }

    [TestCase("∂/∂x x", true)]
    [TestCase("\\frac{\\partial}{\\partial x} x", true)]
    [TestCase("d/dx x", false)]
    public void PartialNotationIsMarked(string text, bool partial)
    {
        DerivativeNotation.TryParse(text, out DerivativeNotation? notation);
        Assert.That(notation!.IsPartial, Is.EqualTo(partial));
    }

    [TestCase("d/dx x^2", "Derivative notation is not part of a formula; use `dx diff \"x^2\" --wrt x`.", 0, 4)]
    [TestCase("\\frac{d}{dx} x^2", "Derivative notation is not part of a formula; use `dx diff \"x^2\" --wrt x`.", 0, 12)]
    [TestCase("d^2/dx^2 x^3", "Derivative notation is not part of a formula; use `dx diff \"x^3\" --wrt x --order 2`.", 0, 8)]
    [TestCase("dy/dx", "Derivative notation is not part of a formula, and 'dy/dx' has no formula to differentiate; use `dx diff \"<formula for y>\" --wrt x`.", 0, 5)]
    [TestCase("\\frac{dy}{dx}", "Derivative notation is not part of a formula, and '\\frac{dy}{dx}' has no formula to differentiate; use `dx diff \"<formula for y>\" --wrt x`.", 0, 13)]
    [TestCase("d/dx", "Derivative notation is not part of a formula, and nothing follows 'd/dx' to differentiate; use `dx diff \"<formula>\" --wrt x`.", 0, 4)]
    public void AFormulaThatIsDerivativeNotationGetsDX0011(string text, string message, int start, int length)
    {
        var error = ErrorOf(text);
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.DerivativeNotation));
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Span, Is.EqualTo(new SourceSpan(start, length)));
    }

    [TestCase("dy/dx")]
    [TestCase("∂f/∂x")]
    [TestCase("\\frac{dy}{dx}")]
    [TestCase("d/dx")]
    [TestCase("d/dx   ")]
    [TestCase("d^2/dx x")]
    [TestCase("d^0/dx^0 x")]
    [TestCase("d^x/dx^x x")]
    [TestCase("d(x^2)/dx + 1")]
    [TestCase("x + ∂x")]
    [TestCase("\\partial x")]
    public void NotationWithoutAUsableFormulaIsAnErrorNotARecognition(string text)
    {
        Assert.That(DerivativeNotation.TryParse(text, out _, out _, out _), Is.False);
        Assert.That(ErrorOf(text).Code, Is.EqualTo(DiagnosticCodes.DerivativeNotation));
    }

    [TestCase("d/2", "d/2")]
    [TestCase("dx + 1", "d*x + 1")]
    [TestCase("d^2 + x", "d^2 + x")]
    [TestCase("d", "d")]
    [TestCase("d/d", "d/d")]
    [TestCase("delta", "δ")]
    [TestCase("\\frac{d}{2}", "d/2")]
    [TestCase("\\frac{1}{dx}", "1/(d*x)")]
    public void FormulasThatOnlyLookLikeItAreFormulas(string text, string reading)
    {
        Assert.That(DerivativeNotation.TryParse(text, out _, out _, out _), Is.False);
        Assert.That(Reading(text), Is.EqualTo(reading));
    }

    [Test]
    public void RandomNotationLikeTextIsReadOrRefusedNeverThrown()
    {
        string[] pieces = ["d", "d", "∂", "/", "^", "2", "²", "{", "}", "(", ")", "\\frac", "\\partial", "\\mathrm{d}", "\\theta", "x", "y", " ", "_", "1", "+", "="];
        var random = new Random(12);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            try
            {
                if (DerivativeNotation.TryParse(text, out DerivativeNotation? notation))
                {
                    Assert.That(text.Substring(notation.FormulaStart, notation.Formula.Length), Is.EqualTo(notation.Formula), text);
                    Assert.That(notation.OperatorSpan.End, Is.LessThanOrEqualTo(text.Length), text);
                    Assert.That(notation.Order, Is.GreaterThanOrEqualTo(1), text);
                }
                if (!Formula.TryParse(text, out _, out var error))
                    Assert.That(error.Span.Start, Is.InRange(0, text.Length), text);
            }
            catch (Exception e) when (e is not AssertionException)
            {
                Assert.Fail($"'{text}' threw {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
