using System.Numerics;
using Differentiator.Expressions;
using Differentiator.Expressions.Printing;
using Differentiator.Syntax;
using Differentiator.Tests.Support;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Support.Nesting;

namespace Differentiator.Tests.Printing;

/// <summary>
/// Read-back at the parser's limits: formulas nested as deeply as the parser accepts print in
/// every form and read back; what no text within the limits can say (too deep, too long, too many
/// digits, an infinity, a name that reads as something else) is refused with
/// <see cref="NotPrintableException"/>, never printed as text the parser refuses.
/// </summary>
public class ReadBackAtTheLimitsTests
{
    private const int Deep = Limits.MaxNesting - 2;

    public static IEnumerable<TestCaseData> DeepFormulas()
    {
        yield return new TestCaseData(Nested("sin", Deep)).SetName("sin nested to the limit");
        yield return new TestCaseData(Tower(Deep)).SetName("x^x^… tower to the limit");
        yield return new TestCaseData(Nest("x^(", "x", ")", Deep)).SetName("x^(x^(…)) to the limit");
        yield return new TestCaseData(Nest("√", "x", "", Deep)).SetName("square roots to the limit");
        yield return new TestCaseData(Nest("|", "x", "|", Deep)).SetName("absolute values to the limit");
        yield return new TestCaseData(Nest("e^(", "x", ")", Deep)).SetName("exponentials to the limit");
        yield return new TestCaseData(Nest("1/(1+", "x", ")", Deep)).SetName("continued fraction to the limit");
        yield return new TestCaseData(Nest("x(1+", "y", ")", Deep)).SetName("product of sums to the limit");
        yield return new TestCaseData(Nest("sigmoid(", "u", ")", Deep)).SetName("sigmoid nested to the limit");
        yield return new TestCaseData(Nest("log(", "x", ", 3)", Deep)).SetName("logarithms to base 3 nested to the limit");
        yield return new TestCaseData(Nest("max(x, ", "y", ")", Deep)).SetName("max nested to the limit");
        yield return new TestCaseData(Nest("cbrt(", "x", ")", Deep)).SetName("cube roots nested to the limit");
        yield return new TestCaseData(Nest("x^-", "x", "", Deep / 2)).SetName("x^-x^-… to the limit");
        yield return new TestCaseData(Nest("-(x+", "y", ")", Deep)).SetName("negated sums to the limit");
        yield return new TestCaseData(Nest("\\frac{1}{1+", "x", "}", Deep)).SetName("LaTeX fractions to the limit");
        yield return new TestCaseData(Nest("e^{-", "z", "}", Deep / 2)).SetName("LaTeX e^{-…} to the limit");
        yield return new TestCaseData(Nest("\\log_{3}\\left(", "x", "\\right)", Deep)).SetName("LaTeX \\log_{3} nested to the limit");
    }

    [TestCaseSource(nameof(DeepFormulas))]
    public void FormulasAsDeepAsTheParserReadsPrintInEveryFormAndReadBack(string formula)
    {
        var tree = Formula.Parse(formula).Expression;
        foreach (var form in PrintedForms.All)
        {
            // Some Python spellings nest deeper than ours (the sigmoid) or name their argument twice (the cube root):
            // that form may say no, the others may not.
            var printed = PrintedForms.AssertReadsBack(tree, form, mayRefuse: form == PrintedForms.Python);
            Assert.That(printed is not null || formula.StartsWith("sigmoid", StringComparison.Ordinal) || formula.StartsWith("cbrt", StringComparison.Ordinal),
                $"the {form} form refused a formula the parser reads");
        }
    }

    [Test]
    public void ATowerNineHundredNinetyNineHighReadsBackInEveryForm()
    {
        var tree = Formula.Parse(string.Join("^", Enumerable.Repeat("x", 999))).Expression;
        Assert.That(tree.Depth, Is.EqualTo(999));
        foreach (var form in PrintedForms.All) Assert.That(PrintedForms.AssertReadsBack(tree, form), Is.Not.Null, form.Name);
    }

    public static IEnumerable<TestCaseData> TooDeep()
    {
        Expr sines = Variable("x");
        for (var i = 0; i < 3 * Limits.MaxNesting; i++) sines = Apply(MathFunctions.Sin, sines);
        yield return new TestCaseData(sines).SetName("sin nested 3000 deep");
        Expr powers = Variable("x");
        for (var i = 0; i < 2 * Limits.MaxNesting; i++) powers = Pow(Variable("x"), Negate(powers));
        yield return new TestCaseData(powers).SetName("x^(-x^(-…)) 2000 deep");
    }

    [TestCaseSource(nameof(TooDeep))]
    public void TreesTooDeepForTheParserAreRefusedNotPrinted(Expr tree)
    {
        foreach (var form in PrintedForms.All)
            Assert.That(() => form.Print(tree), Throws.TypeOf<NotPrintableException>().With.Message.Contains("1000 levels"), form.Name);
        Assert.That(tree.ToString(), Does.StartWith(tree is Call ? "sin(sin(" : "1/x^(1/x^("), "the display form still shows it");
    }

    [Test]
    public void PrintedNestingStaysWithinFourLevelsPerLevelOfTheTree()
    {
        // The printers lex their output again only for trees deeper than ReadBack.UncheckedDepth; this is why that is safe.
        Func<Expr, Expr>[] wrappers =
        [
            e => Apply(MathFunctions.Sin, e), e => Pow(Variable("y"), Negate(e)), e => Apply(MathFunctions.Exp, Negate(e)),
            e => Divide(Number(1), Add(Variable("x"), e)), e => Multiply(Variable("x"), Negate(Add(Variable("y"), e))),
            e => Pow(Add(e, Number(1)), Variable("z")), e => Apply(MathFunctions.Abs, Negate(e)), e => Apply(MathFunctions.Sqrt, Add(e, Variable("y"))),
            e => Apply(MathFunctions.Ln, e, Add(Variable("b"), Number(1))), e => Pow(Variable("y"), Multiply(Decimal(-2.5), e)),
            e => Apply(MathFunctions.Sigmoid, e), e => Apply(MathFunctions.Cbrt, Negate(e)), e => Pow(Variable("y"), Pow(Variable("x"), e)),
        ];
        var random = new Random(7);
        for (var trial = 0; trial < 40; trial++)
        {
            Expr tree = Variable("x");
            while (tree.Depth < ReadBack.UncheckedDepth - 4) tree = wrappers[random.Next(wrappers.Length)](tree);
            // The Python form only without cube roots: it names their argument twice, so a chain of them is too long to print.
            string[] python = tree.ToString().Contains("cbrt", StringComparison.Ordinal) ? [] : [tree.ToCode(CodeFlavor.Python)];
            foreach (var text in new[] { tree.ToText(), tree.ToCode(), tree.ToLatex() }.Concat(python))
            {
                var (error, nesting) = NestingCheck.Run(Lexer.Lex(text, StandardVocabulary.Instance).Tokens);
                Assert.That(error, Is.Null);
                Assert.That(nesting, Is.LessThanOrEqualTo(4 * tree.Depth).And.LessThanOrEqualTo(Limits.MaxNesting), PrintedForms.Abbreviate(text));
            }
        }
    }

    [Test]
    public void LongSumsAndProductsReadBack()
    {
        var sum = Formula.Parse(string.Join(" + ", Enumerable.Range(1, 5_000).Select(i => $"{i}w{i}"))).Expression;
        var product = Formula.Parse("1" + string.Concat(Enumerable.Repeat("/x", 30_000))).Expression;
        var letters = Formula.Parse(new string([.. Enumerable.Range(0, 20_000).Select(i => "xyzwuvab"[i * 7 % 8])])).Expression;
        foreach (var tree in new[] { sum, product, letters })
        foreach (var form in PrintedForms.All.Where(f => f.SameTree))
            PrintedForms.AssertReadsBack(tree, form);
    }

    [Test]
    public void TextLongerThanTheParserReadsIsRefusedAndTheDisplayIsCutShort()
    {
        var tree = Add(Enumerable.Range(1, 80_000).Select(i => Multiply(Number(i), Variable("w" + i))));
        foreach (var form in PrintedForms.All)
            Assert.That(() => form.Print(tree), Throws.TypeOf<NotPrintableException>().With.Message.Contains("1,000,000 characters"), form.Name);
        var shown = tree.ToString();
        Assert.That(shown, Has.Length.EqualTo(Limits.MaxLength + 1).And.EndWith("…"));
    }

    [Test]
    public void IntegersReadBackUpToTheLiteralLimitAndAreRefusedPastIt()
    {
        var largest = BigInteger.Pow(10, Limits.MaxIntegerDigits) - 1;
        var atTheLimit = Multiply(Rational.Of(largest), Variable("x"));
        foreach (var form in PrintedForms.All) PrintedForms.AssertReadsBack(atTheLimit, form);
        var past = Divide(Variable("x"), Rational.Of(largest + 1));
        foreach (var form in PrintedForms.All)
            Assert.That(() => form.Print(past), Throws.TypeOf<NotPrintableException>().With.Message.Contains("20,001 digits"), form.Name);
        Assert.That(past.ToMathMl(), Does.Contain("<mn>1" + new string('0', Limits.MaxIntegerDigits) + "</mn>"));
    }

    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    [TestCase(double.NaN)]
    public void InfinitiesAndNaNAreNeverPrintedAsText(double value)
    {
        var tree = Multiply(Decimal(value), Variable("x"));
        foreach (var form in PrintedForms.All)
            Assert.That(() => form.Print(tree), Throws.TypeOf<NotPrintableException>(), form.Name);
        Assert.That(tree.ToMathMl(), Does.Contain(double.IsNaN(value) ? "<mi>NaN</mi>" : "∞</mi>"));
    }

    [TestCase("sin")]
    [TestCase("theta")]
    [TestCase("x y")]
    [TestCase("e1")]
    [TestCase("w₁")]
    [TestCase("pi")]
    public void NamesThatReadAsSomethingElseAreRefused(string name)
    {
        var tree = Multiply(Number(2), Variable(name));
        foreach (var form in PrintedForms.All)
            Assert.That(() => form.Print(tree), Throws.TypeOf<NotPrintableException>().With.Message.Contains($"'{name}'"), form.Name);
    }

    [Test]
    public void MultiLetterNamesInTheTreeAreKeptApartFromProductsOfLetters()
    {
        // ab is a name here, so a·b must not be written ab; the reader declares ab as it must to read the name at all.
        var tree = Add(Variable("ab"), Multiply(Variable("a"), Variable("b")));
        var options = new ParseOptions { Variables = ["ab"] };
        foreach (var text in new[] { tree.ToText(), tree.ToLatex() })
            Assert.That(Formula.Parse(text, options).Expression, Is.EqualTo(tree), text);
        Assert.That(tree.ToText(), Is.EqualTo("ab + a b"));
    }

    [Test]
    public void DeclaredNamesAreKnownToTheFormulasPrinters()
    {
        var options = new ParseOptions { Variables = ["ab"] };
        var f = Formula.Parse("a*b + 1", options);
        Assert.That(f.ToText(), Is.EqualTo("a b + 1"));
        Assert.That(Formula.Parse(f.ToText(), options).Expression, Is.EqualTo(f.Expression));
        Assert.That(Formula.Parse("a*b + 1").ToText(), Is.EqualTo("ab + 1"), "without the declaration ab is a·b");
    }
}
