using System.Xml.Linq;
using Differentiator.Expressions;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Printing;

/// <summary>The MathML printer: well-formed XML in the MathML namespace, the presentation elements, escaping, and a read-back to the same value.</summary>
public class MathMlTests
{
    private static readonly XNamespace M = "http://www.w3.org/1998/Math/MathML";

    private static XElement Parse(string formula) => XDocument.Parse(Formula.Parse(formula).ToMathMl()).Root!;

    [Test]
    public void TheRootIsAMathElementInTheMathMlNamespace()
    {
        var math = Formula.Parse("x").ToMathMl();
        Assert.That(math, Is.EqualTo("<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>"));
    }

    [TestCase("1/(x + 1)", "mfrac")]
    [TestCase("x^2", "msup")]
    [TestCase("e^(3x^2)", "msup")]
    [TestCase("sqrt(x)", "msqrt")]
    [TestCase("cbrt(x)", "mroot")]
    [TestCase("w1 + x_max", "msub")]
    [TestCase("log(x, 3)", "msub")]
    public void ThePresentationElements(string formula, string element) =>
        Assert.That(Parse(formula).Descendants(M + element), Is.Not.Empty, Formula.Parse(formula).ToMathMl());

    [Test]
    public void FunctionsAreAppliedWithTheInvisibleFunctionApplication()
    {
        var math = Formula.Parse("sin(x) + relu(y) + σ(z)").ToMathMl();
        Assert.That(math, Does.Contain("<mi>sin</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mi>x</mi><mo>)</mo></mrow>"));
        Assert.That(math, Does.Contain("<mi>relu</mi><mo>&#x2061;</mo>"));
        Assert.That(math, Does.Contain("<mi>σ</mi><mo>&#x2061;</mo>"));
    }

    [Test]
    public void GreekLettersSubscriptsAndAbsoluteValues()
    {
        var math = Formula.Parse("θ w1 + |x - 1| + x_max").ToMathMl();
        Assert.That(math, Does.Contain("<mi>θ</mi>"));
        Assert.That(math, Does.Contain("<msub><mi>w</mi><mn>1</mn></msub>"));
        Assert.That(math, Does.Contain("<msub><mi>x</mi><mi>max</mi></msub>"));
        Assert.That(math, Does.Contain("<mrow><mo>|</mo><mi>x</mi><mo>&#x2212;</mo><mn>1</mn><mo>|</mo></mrow>"));
    }

    [Test]
    public void ProductsUseInvisibleTimesAndAMiddleDotBeforeANumber()
    {
        Assert.That(Formula.Parse("2x y").ToMathMl(), Does.Contain("<mn>2</mn><mo>&#x2062;</mo><mi>x</mi><mo>&#x2062;</mo><mi>y</mi>"));
        Assert.That(Formula.Parse("2*3.5").ToMathMl(), Does.Contain("<mn>2</mn><mo>&#x00B7;</mo><mn>3.5</mn>"));
    }

    [Test]
    public void EveryTextNodeIsEscaped()
    {
        // Names built in code may hold any character; the MathML stays well-formed and says them as they are.
        var tree = Add(Variable("a<b&c"), Multiply(Number(2), Variable("\"q'")));
        var math = XDocument.Parse(tree.ToMathMl()).Root!;
        Assert.That(math.Descendants(M + "mi").Select(mi => mi.Value), Is.EquivalentTo(new[] { "a<b&c", "\"q'" }));
        Assert.That(tree.ToMathMl(), Does.Contain("a&lt;b&amp;c"));
    }

    [Test]
    public void DecimalsInScientificFormAreShownTimesAPowerOfTen()
    {
        var math = Formula.Parse("2.5e-8 x").ToMathMl();
        Assert.That(math, Does.Contain("<mn>2.5</mn><mo>&#x00D7;</mo><msup><mn>10</mn><mrow><mo>&#x2212;</mo><mn>8</mn></mrow></msup>"));
    }

    [Test]
    public void FormulasAsDeepAsTheParserReadsAreWellFormed()
    {
        var deep = Nesting.Nested("sin", 999);
        var math = XDocument.Parse(Formula.Parse(deep).ToMathMl(), LoadOptions.None).Root!;
        Assert.That(math.Descendants(M + "mi").Count(mi => mi.Value == "sin"), Is.EqualTo(999));
    }

    [Test]
    public void MathMlReadsBackToTheSameValue() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithEndSize(30), Prop.ForAll(Arb.From(TreeGenerators.ModestTrees), tree =>
        {
            var text = MathMlReader.ToText(tree.ToMathMl());
            if (!Formula.TryParse(text, out var back, out var error))
                throw new AssertionException($"the MathML of {TreeDump.Of(tree)} reads as '{text}', which does not parse: {error.Message}");
            PrintedForms.AssertSameValues(tree, back.Expression, $"the MathML read as '{text}'");
            return true;
        }));

    [Test]
    public void EveryFunctionOfTheTableReadsBackFromMathMl()
    {
        foreach (var f in MathFunctions.All)
        {
            var call = f.Accepts(1) ? Apply(f, Subtract(Variable("x"), Rational.Of(1, 3))) : Apply(f, Variable("x"), Variable("y"));
            foreach (var e in new[] { call, Divide(Variable("x"), call), Pow(call, Number(2)), Pow(Variable("y"), call) })
            {
                var text = MathMlReader.ToText(e.ToMathMl());
                PrintedForms.AssertSameValues(e, Formula.Parse(text).Expression, $"the MathML of {e} read as '{text}'");
            }
        }
        Assert.That(MathMlReader.ToText(Formula.Parse("log(x, 3)").ToMathMl()), Is.EqualTo("log(x, 3)"));
    }
}
