using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Expressions;

/// <summary>
/// A negative term of a sum is printed after " - " without building its negation: the text must be exactly
/// what the negation prints as a term, in every printer.
/// </summary>
public class NegatedTermPrintingTests
{
    private static readonly Symbol X = Variable("x");
    private static readonly Symbol Y = Variable("y");

    private static IEnumerable<TestCaseData> NegativeTerms()
    {
        yield return new TestCaseData(Number(-3)).SetName("an integer");
        yield return new TestCaseData(Rational.Of(-2, 3)).SetName("a fraction");
        yield return new TestCaseData(Decimal(-2.5)).SetName("a decimal");
        yield return new TestCaseData(Decimal(-0.0)).SetName("minus zero");
        yield return new TestCaseData(Multiply(Number(-2), Y)).SetName("a scaled name");
        yield return new TestCaseData(Multiply(Number(-1), Y)).SetName("minus a name");
        yield return new TestCaseData(Multiply(Number(-1), Reciprocal(Y))).SetName("minus a reciprocal");
        yield return new TestCaseData(Multiply(Number(-1), Reciprocal(Y), Reciprocal(Apply(MathFunctions.Sin, X)))).SetName("minus a quotient of two");
        yield return new TestCaseData(Multiply(Rational.Of(-3, 4), Y, Apply(MathFunctions.Exp, X))).SetName("a fractional coefficient");
        yield return new TestCaseData(Multiply(Number(-5), Decimal(1e300), Y)).SetName("a coefficient before a decimal");
        yield return new TestCaseData(Multiply(Decimal(-3.25), Y)).SetName("a leading negative decimal");
        yield return new TestCaseData(Multiply(Number(-7), Pow(Y, Number(2)), Reciprocal(Add(X, Number(1))))).SetName("a coefficient over a sum");
    }

    [TestCaseSource(nameof(NegativeTerms))]
    public void A_negative_term_prints_as_its_negation_after_a_minus(Expr term)
    {
        var negation = Negate(term);
        // (−1·(a + b) is covered by the printer's own cases: its negation, a sum, would flatten into x + …)
        Assert.That(negation, Is.Not.InstanceOf<Sum>());
        Assert.That(Quotients.IsNegative(negation), Is.False);
        foreach (var (print, plus, minus) in Printers())
        {
            var withMinus = print(Add(X, term));
            var withPlus = print(Add(X, negation));
            var (m, p) = (withMinus.IndexOf(minus, StringComparison.Ordinal), withPlus.IndexOf(plus, StringComparison.Ordinal));
            Assert.That(m, Is.GreaterThan(0), withMinus);
            Assert.That(p, Is.GreaterThan(0), withPlus);
            Assert.That(withMinus[(m + minus.Length)..], Is.EqualTo(withPlus[(p + plus.Length)..]), $"{withMinus} against {withPlus}");
        }
    }

    private static IEnumerable<(Func<Expr, string> Print, string Plus, string Minus)> Printers() =>
    [
        (e => e.ToString(), " + ", " - "),
        (e => e.ToLatex(), " + ", " - "),
        (e => e.ToCode(), " + ", " - "),
        (e => e.ToMathMl(), "<mo>+</mo>", "<mo>&#x2212;</mo>"),
    ];
}
