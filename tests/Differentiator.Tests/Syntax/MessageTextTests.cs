using Differentiator.Expressions.Evaluation;
using Differentiator.Syntax;
using static Differentiator.Tests.Support.Parsing;

namespace Differentiator.Tests.Syntax;

/// <summary>What a message echoes is capped: a window of long text, the first few of a long list.</summary>
public class MessageTextTests
{
    private const int MaxMessage = 300;

    [TestCase("short", "short")]
    [TestCase("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvw…pqrstuvwxyz")]
    public void AnExcerptKeepsTheStartAndTheEnd(string text, string excerpt) =>
        Assert.That(MessageText.Excerpt(text, 35), Is.EqualTo(excerpt));

    [Test]
    public void AnExcerptIsNoLongerThanAsked() =>
        Assert.That(MessageText.Excerpt(new string('x', 100_000)), Has.Length.EqualTo(MessageText.MaxExcerpt));

    [Test]
    public void AnExcerptNeverSplitsASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 50));
        var excerpt = MessageText.Excerpt(text, 21);
        Assert.That(excerpt.Where(char.IsSurrogate).Count() % 2, Is.Zero);
        Assert.That(excerpt.Replace("😀", "").Replace("…", ""), Is.Empty);
    }

    [TestCase(3, "x1, x2, x3")]
    [TestCase(8, "x1, x2, x3, x4, x5, x6, x7, x8")]
    [TestCase(9, "x1, x2, x3, x4, x5, x6, x7, x8, x9")]
    [TestCase(10, "x1, x2, x3, x4, x5, x6, x7, x8 and 2 more")]
    [TestCase(25_000, "x1, x2, x3, x4, x5, x6, x7, x8 and 24,992 more")]
    public void AListShowsTheFirstFewAndHowManyMore(int count, string shown) =>
        Assert.That(MessageText.FirstFew(Enumerable.Range(1, count).Select(i => "x" + i)), Is.EqualTo(shown));

    private static IEnumerable<TestCaseData> HugeInputs()
    {
        var letters = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + i % 26)));
        yield return new TestCaseData(letters).SetName("100,000 letters");
        yield return new TestCaseData(letters + "(x)").SetName("100,000 letters before (");
        yield return new TestCaseData("\\" + letters).SetName("a 100,000-letter LaTeX command");
        yield return new TestCaseData("sin " + string.Join(" ", Enumerable.Repeat("x", 50_000))).SetName("sin of 50,000 factors");
        yield return new TestCaseData("1/2 " + string.Join(" ", Enumerable.Repeat("(x+1)", 20_000))).SetName("1/2 before 20,000 groups");
        yield return new TestCaseData("e^" + new string('x', 50_000) + "(y)").SetName("e^ before a 50,000-letter run");
        yield return new TestCaseData(new string('x', 50_000) + " = " + new string('y', 50_000)).SetName("a 100,000-letter equation");
        yield return new TestCaseData("x + " + new string('9', 30_000)).SetName("a 30,000-digit integer");
        yield return new TestCaseData("d/d" + letters).SetName("derivative notation by a 100,000-letter name");
        yield return new TestCaseData(new string('⁻', 100_000)).SetName("100,000 superscript minus signs");
    }

    [TestCaseSource(nameof(HugeInputs))]
    public void HugeInputsGetShortMessages(string text)
    {
        var diagnostics = Formula.TryParse(text, out var f, out var error) ? f.Warnings : [error];
        Assert.That(diagnostics, Is.Not.Empty);
        foreach (var d in diagnostics)
        {
            Assert.That(d.Message.Length, Is.LessThan(MaxMessage), d.Message[..Math.Min(d.Message.Length, 400)]);
            Assert.That(d.Found.Length, Is.LessThan(MaxMessage));
            Assert.That(d.Suggestion?.Length ?? 0, Is.LessThan(MaxMessage));
            Assert.That(d.Render(text).Length, Is.LessThan(2 * MaxMessage));
        }
    }

    [Test]
    public void AnEvaluationErrorAboutAHugeSubexpressionIsShort()
    {
        var sum = string.Join(" + ", Enumerable.Range(1, 5_000).Select(i => $"x^{i}"));
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse($"ln({sum})").Evaluate(("x", -0.5)));
        Assert.That(error!.Message.Length, Is.LessThan(MaxMessage));
        var unbound = Assert.Throws<EvaluationException>(() => Formula.Parse("x_{" + new string('a', 50_000) + "}").Evaluate());
        Assert.That(unbound!.Message.Length, Is.LessThan(MaxMessage));
    }

    [Test]
    public void ASplitRunListsItsFirstPieces()
    {
        var w = Formula.Parse(new string('x', 100_000)).Warnings.Single();
        Assert.That(w.Message, Does.Contain("is read as x·x·x·x·x·x·x·x and 99,992 more"));
        Assert.That(ErrorOf(new string('x', 100_000) + "(y)").Message, Does.StartWith("Unknown function 'xxxxxxxxxxxxxxxxxxxxxxxxxx…xxxxxxxxxxxxx'"));
    }
}
