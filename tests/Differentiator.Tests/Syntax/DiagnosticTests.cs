using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>Every bad input names the position, what was found and what was expected, with a caret.</summary>
public class DiagnosticTests
{
    [TestCase("", DiagnosticCodes.EmptyFormula, 0)]
    [TestCase("   ", DiagnosticCodes.EmptyFormula, 0)]
    [TestCase("2x+", DiagnosticCodes.Unexpected, 3)]
    [TestCase("((x)", DiagnosticCodes.UnbalancedBracket, 0)]
    [TestCase("x)", DiagnosticCodes.UnbalancedBracket, 1)]
    [TestCase("(x]", DiagnosticCodes.UnbalancedBracket, 2)]
    [TestCase("x^^2", DiagnosticCodes.Unexpected, 2)]
    [TestCase("sin()", DiagnosticCodes.Unexpected, 4)]
    [TestCase("foo(x)", DiagnosticCodes.UnknownFunction, 0)]
    [TestCase("sinn(x)", DiagnosticCodes.UnknownFunction, 0)]
    [TestCase("2 + xyz(1)", DiagnosticCodes.UnknownFunction, 4)]
    [TestCase("sin(x, y)", DiagnosticCodes.WrongArity, 0)]
    [TestCase("max(x)", DiagnosticCodes.WrongArity, 0)]
    [TestCase("log(x, 2, 3)", DiagnosticCodes.WrongArity, 0)]
    [TestCase("1e999999", DiagnosticCodes.BadNumber, 0)]
    [TestCase("x + 1.2.3", DiagnosticCodes.BadNumber, 7)]
    [TestCase("x $ y", DiagnosticCodes.UnexpectedCharacter, 2)]
    [TestCase("x + \\foo", DiagnosticCodes.UnknownLatexCommand, 4)]
    [TestCase("|x", DiagnosticCodes.UnbalancedBracket, 0)]
    [TestCase("x * * y", DiagnosticCodes.Unexpected, 4)]
    [TestCase("sin", DiagnosticCodes.Unexpected, 3)]
    [TestCase("2 +  ", DiagnosticCodes.Unexpected, 3)]
    [TestCase(",x", DiagnosticCodes.Unexpected, 0)]
    [TestCase("x²⁻", DiagnosticCodes.Unexpected, 2)]
    [TestCase("\\log_(x)", DiagnosticCodes.UnknownLatexCommand, 0)]
    [TestCase("\\log_23 x", DiagnosticCodes.UnknownLatexCommand, 0)]
    [TestCase("log_(x)", DiagnosticCodes.UnexpectedCharacter, 0)]
    [TestCase("1 + log_", DiagnosticCodes.UnexpectedCharacter, 4)]
    public void BadInputGetsADiagnosticAtItsPosition(string text, string code, int start)
    {
        var error = ErrorOf(text);
        Assert.That(error.Code, Is.EqualTo(code), error.Message);
        Assert.That(error.Span.Start, Is.EqualTo(start), error.Message);
        Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
        Assert.That(error.Message, Does.EndWith("."));
    }

    [TestCase("\uFEFF2x + 1", "2*x + 1")]
    [TestCase("\uFEFF  x", "x")]
    public void AByteOrderMarkAtTheStartIsSkipped(string text, string reading)
    {
        var f = Formula.Parse(text);
        Assert.That(f.Reading, Is.EqualTo(reading));
        Assert.That(f.Warnings, Is.Empty);
    }

    [Test]
    public void AByteOrderMarkAloneIsAnEmptyFormulaAndOneInsideIsNamedInvisible()
    {
        Assert.That(ErrorOf("\uFEFF").Code, Is.EqualTo(DiagnosticCodes.EmptyFormula));
        var inside = ErrorOf("x\uFEFFy");
        Assert.That(inside.Message, Is.EqualTo("Unexpected invisible character U+FEFF."));
        Assert.That(inside.Span, Is.EqualTo(new SourceSpan(1, 1)));
        Assert.That(ErrorOf("x\u200By").Message, Is.EqualTo("Unexpected invisible character U+200B."));
    }

    [Test]
    public void TheCaretStaysUnderItsSpanAfterAByteOrderMarkOrALineBreak()
    {
        const string text = "\uFEFFx +\r\n$";
        var rendered = ErrorOf(text).Render(text).Split('\n');
        Assert.That(rendered[1], Is.EqualTo("   x +  $"));
        Assert.That(rendered[2].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(rendered[1].IndexOf('$', StringComparison.Ordinal)));
    }

    [Test]
    public void AControlCharacterIsShownAsAReplacementCharacterAndTheCaretStaysUnderItsSpan()
    {
        const string text = "2x\u001b[31m + 1";
        var rendered = ErrorOf(text).Render(text);
        Assert.That(rendered, Does.Not.Contain("\u001b"));
        var lines = rendered.Split('\n');
        Assert.That(lines[1], Is.EqualTo("  2x\uFFFD[31m + 1"));
        Assert.That(lines[2].IndexOf('^', StringComparison.Ordinal), Is.EqualTo(lines[1].IndexOf('\uFFFD', StringComparison.Ordinal)));
    }

    [TestCase("Sin(x)", "Unknown function 'Sin' (did you mean sin?).")]
    [TestCase("SQRT(x)", "Unknown function 'SQRT' (did you mean sqrt?).")]
    [TestCase("sinn(x)", "Unknown function 'sinn' (did you mean sin?).")]
    [TestCase("sqr(x)", "Unknown function 'sqr' (did you mean sqrt?).")]
    [TestCase("arctn(x)", "Unknown function 'arctn' (did you mean arctan?).")]
    [TestCase("Relu(x)", "Unknown function 'Relu' (did you mean relu?).")]
    [TestCase("foo(x)", "Unknown function 'foo'.")]
    [TestCase("xyz(x)", "Unknown function 'xyz'.")]
    [TestCase("\\Sin x", "Unknown LaTeX command '\\Sin' (did you mean \\sin?).")]
    [TestCase("\\thetta", "Unknown LaTeX command '\\thetta' (did you mean \\theta?).")]
    [TestCase("\\foo", "Unknown LaTeX command '\\foo'.")]
    public void AnUnknownNameSuggestsTheClosestKnownOne(string text, string message) =>
        Assert.That(ErrorOf(text).Message, Is.EqualTo(message));

    [TestCase("y = x^2", "The left side of '=' is not needed: write just the right side, x^2; to define a function, use the REPL: f(x) = x^2.", 0, 3)]
    [TestCase("f(x) = x^2 + 1", "The left side of '=' is not needed: write just the right side, x^2 + 1; to define a function, use the REPL: f(x) = x^2 + 1.", 0, 6)]
    [TestCase("  \\theta=2t", "The left side of '=' is not needed: write just the right side, 2t; to define a function, use the REPL: f(x) = 2t.", 2, 7)]
    [TestCase("x^2 = 4", "A formula is an expression, not an equation: '=' is not part of it.", 4, 1)]
    [TestCase("y =", "A formula is an expression, not an equation: '=' is not part of it.", 2, 1)]
    [TestCase("x == 2", "A formula is an expression, not an equation: '=' is not part of it.", 2, 1)]
    public void AnEqualsSignSaysWhatToWriteInstead(string text, string message, int start, int length)
    {
        var error = ErrorOf(text);
        Assert.That(error.Code, Is.EqualTo(DiagnosticCodes.UnexpectedCharacter));
        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Span, Is.EqualTo(new SourceSpan(start, length)));
    }

    [Test]
    public void UnknownFunctionIsNamedAsSuch()
    {
        var error = ErrorOf("foo(x)");
        Assert.That(error.Message, Is.EqualTo("Unknown function 'foo'."));
        Assert.That(error.Found, Is.EqualTo("foo"));
    }

    [Test]
    public void WrongArityIsNamedAsSuch()
    {
        var error = ErrorOf("sin(x, y)");
        Assert.That(error.Message, Is.EqualTo("sin takes one argument, but 2 were given."));
        Assert.That(error.Expected, Is.EqualTo(new[] { "one argument" }));
    }

    [Test]
    public void ArityErrorsUseTheNameAsWritten() =>
        Assert.That(ErrorOf("log(x, 2, 3)").Message, Is.EqualTo("log takes 1 or 2 arguments, but 3 were given."));

    [Test]
    public void ExpectationsAreNotRepeated() =>
        Assert.That(ErrorOf("sin -x").Expected, Is.EqualTo(new[] { "a number, a variable, a function or '('" }));

    [Test]
    public void MissingOperandSaysWhatWasExpected()
    {
        var error = ErrorOf("2x+");
        Assert.That(error.Found, Is.EqualTo("end of input"));
        Assert.That(error.Expected, Does.Contain("a number, a variable, a function or '('"));
    }

    [Test]
    public void RenderPutsACaretUnderTheSpan()
    {
        var error = ErrorOf("2x + foo(x)");
        Assert.That(error.Render("2x + foo(x)"), Is.EqualTo(
            "error DX0005 at 6: Unknown function 'foo'.\n" +
            "  2x + foo(x)\n" +
            "       ^^^"));
    }

    [Test]
    public void RenderOfAHugeFormulaShowsAWindowAroundTheSpan()
    {
        var text = new string('(', 5000) + "x" + new string(')', 5000);
        var rendered = ErrorOf(text).Render(text).Split('\n');
        Assert.That(rendered[1].Length, Is.LessThan(100));
        Assert.That(rendered[2].TrimEnd(), Does.EndWith("^"));
        Assert.That(rendered[1][rendered[2].IndexOf('^', StringComparison.Ordinal)], Is.EqualTo('('));
    }

    [Test]
    public void UnclosedBracketPointsAtTheOpener()
    {
        var error = ErrorOf("(x + (y)");
        Assert.That(error.Message, Is.EqualTo("'(' at 1 is never closed."));
        Assert.That(error.Expected, Is.EqualTo(new[] { "')'" }));
    }

    [Test]
    public void TryParseNeverThrowsAndParseThrowsWithTheDiagnostic()
    {
        Assert.That(Formula.TryParse("2x+", out _, out var error), Is.False);
        var thrown = Assert.Throws<FormulaSyntaxException>(() => Formula.Parse("2x+"));
        Assert.That(thrown!.Diagnostic, Is.EqualTo(error));
        Assert.That(thrown.Render(), Does.Contain("^"));
    }
}
