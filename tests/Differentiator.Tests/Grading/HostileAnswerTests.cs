using Differentiator.Grading;
using static Differentiator.Tests.Grading.GradingFixtures;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Grading;

/// <summary>Answers are untrusted: whatever a cell holds, grading ends with invalid or incorrect and a message, quickly, without a crash.</summary>
public class HostileAnswerTests
{
    public static IEnumerable<TestCaseData> Hostile()
    {
        yield return new TestCaseData(new string('x', 100_000)).SetName("a 100 KB answer");
        yield return new TestCaseData(new string('(', 100_000) + "x" + new string(')', 100_000)).SetName("100,000-deep parentheses");
        yield return new TestCaseData(new string('(', 1_500) + "x" + new string(')', 1_500)).SetName("1,500-deep parentheses within the size limit");
        yield return new TestCaseData(Nesting.Nested("sin", 900)).SetName("900 nested calls");
        yield return new TestCaseData("x^(10^10^10)").SetName("a huge exponent");
        yield return new TestCaseData("9^9^9^9").SetName("a tower of powers");
        yield return new TestCaseData("(x+1)^100000").SetName("a huge power of a sum");
        yield return new TestCaseData("1e308*1e308").SetName("an overflow");
        yield return new TestCaseData("0/0").SetName("zero over zero");
        yield return new TestCaseData("2x\u0007+3\u001b[31m").SetName("control characters");
        yield return new TestCaseData("=cmd|' /C calc'!A0").SetName("a formula injection");
        yield return new TestCaseData("").SetName("an empty cell");
        yield return new TestCaseData(" \t ").SetName("white space");
        yield return new TestCaseData("[2x + 3, 1]").SetName("a list for a formula");
        yield return new TestCaseData("<img src=x onerror=alert(1)>").SetName("markup");
        yield return new TestCaseData("e^(e^(e^(e^(e^x))))").SetName("an exponential tower");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("((x+1)*(x-1)) * ", 200)) + "1").SetName("a long product within the size limit");
        yield return new TestCaseData("\\frac{\\frac{\\frac{1}{x}}{x}}{x}").SetName("nested LaTeX");
        yield return new TestCaseData("x_{" + new string('a', 3_000) + "}").SetName("a long name");
        yield return new TestCaseData("\uD800x").SetName("a lone surrogate");
    }

    [TestCaseSource(nameof(Hostile))]
    public void A_hostile_answer_ends_invalid_or_incorrect_with_a_message(string answer)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var grade = Grade("x^2 + 3x + 1", answer);
        Assert.That(grade.Verdict, Is.Not.EqualTo(AnswerVerdict.Correct));
        Assert.That(grade.Feedback, Is.Not.Empty);
        Assert.That(grade.Score, Is.Zero);
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "a generous guard against a hang");
    }

    [TestCase("[1, 2, 3]")]
    [TestCase("[[2 + 3y], 3x]")]
    [TestCase("[2 + 3y, ]")]
    [TestCase("[,]")]
    [TestCase("[2 + 3y, 3x + 3y^2")]
    public void A_wrong_shaped_list_is_invalid_or_incorrect(string answer)
    {
        var grade = Grade("2x + 3xy + y^3", answer, "[x, y]");
        Assert.That(grade.Verdict, Is.Not.EqualTo(AnswerVerdict.Correct), Describe(grade));
        Assert.That(grade.Feedback, Is.Not.Empty);
    }

    [Test]
    public void The_feedback_shows_control_characters_as_replacement_characters()
    {
        var grade = Grade("x^2", "2x\u001b[31m");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Invalid));
        Assert.That(grade.Feedback, Does.Not.Contain("\u001b"));
    }

    [Test]
    public void The_caret_falls_under_a_foreign_variable_written_inside_a_product_of_names()
    {
        var grade = Grade("x^2", "2xy");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Invalid));
        Assert.That(grade.Error!.Span, Is.EqualTo(new Differentiator.Syntax.SourceSpan(2, 1)), grade.Feedback);
    }
}
