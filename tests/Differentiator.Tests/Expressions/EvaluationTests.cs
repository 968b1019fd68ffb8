using Differentiator.Expressions.Evaluation;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Expressions;

/// <summary>Double evaluation, and domain problems reported as such.</summary>
public class EvaluationTests
{
    [TestCaseSource(typeof(ReferenceData), nameof(ReferenceData.Derivatives))]
    public void EveryReferenceFormulaEvaluatesLikeSymPy(DerivativeCase c)
    {
        var f = Formula.Parse(c.FCaret);
        var value = f.Evaluate(c.Point);
        Assert.That(value, Is.EqualTo(c.FValue).Within(1e-12 * Math.Max(1, Math.Abs(c.FValue))), $"{c.FCaret} at {string.Join(", ", c.Point)}");
        Assert.That(Math.Abs(value - c.FValue), Is.LessThanOrEqualTo(1e-12 * Math.Abs(c.FValue) + 1e-300), "relative 1e-12");
    }

    [Test]
    public void LectureValues()
    {
        Assert.That(Formula.Parse("2x + 3xy + y^3").Evaluate(("x", 1.0), ("y", 2.0)), Is.EqualTo(16.0));
        Assert.That(Formula.Parse("wx + xyz + 3w + zy^2").Evaluate(("w", 1.0), ("x", 2.0), ("y", 3.0), ("z", 4.0)), Is.EqualTo(65.0));
        Assert.That(Formula.Parse("1/(1+e^{-z})").Evaluate(("z", 0.0)), Is.EqualTo(0.5));
        Assert.That(Formula.Parse("step(z)").Evaluate(("z", 0.0)), Is.EqualTo(1.0));
        Assert.That(Formula.Parse("step(z)").Evaluate(("z", -1e-300)), Is.EqualTo(0.0));
        Assert.That(Formula.Parse("2x1 + 3x2 - 1").Evaluate(("x1", 0.2), ("x2", 0.1)), Is.EqualTo(-0.3).Within(1e-15));
    }

    [Test]
    public void SigmoidAndSoftplusAreStableAtExtremes()
    {
        Assert.That(Formula.Parse("sigmoid(z)").Evaluate(("z", -1000.0)), Is.EqualTo(0.0));
        Assert.That(Formula.Parse("sigmoid(z)").Evaluate(("z", 1000.0)), Is.EqualTo(1.0));
        Assert.That(Formula.Parse("softplus(z)").Evaluate(("z", 1000.0)), Is.EqualTo(1000.0));
    }

    [TestCase("ln(x)", -1.0, EvaluationErrorKind.Domain, "ln is defined for x > 0, and x = -1 here.")]
    [TestCase("ln(x)", 0.0, EvaluationErrorKind.Domain, "ln is defined for x > 0, and x = 0 here.")]
    [TestCase("sqrt(x)", -4.0, EvaluationErrorKind.Domain, "sqrt is defined for x >= 0, and x = -4 here.")]
    [TestCase("asin(x)", 2.0, EvaluationErrorKind.Domain, "asin is defined for -1 <= x <= 1, and x = 2 here.")]
    [TestCase("1/x", 0.0, EvaluationErrorKind.DivisionByZero, "Division by zero")]
    [TestCase("x^(1/2)", -1.0, EvaluationErrorKind.Domain, "a negative base needs an integer exponent")]
    [TestCase("e^x", 1000.0, EvaluationErrorKind.Overflow, "overflows a double")]
    [TestCase("cot(x)", 0.0, EvaluationErrorKind.DivisionByZero, "cot(x) is undefined at 0")]
    public void DomainProblemsAreReportedNotReturnedAsNaN(string formula, double x, EvaluationErrorKind kind, string message)
    {
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse(formula).Evaluate(("x", x)));
        Assert.That(error!.Kind, Is.EqualTo(kind));
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void NaNFromInfinitiesIsReportedNotReturned()
    {
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse("sign(x*1e308*10 - x*1e308*10)").Evaluate(("x", 1.0)));
        Assert.That(error!.Kind, Is.EqualTo(EvaluationErrorKind.Overflow).Or.EqualTo(EvaluationErrorKind.Domain));
        Assert.That(Differentiator.Expressions.MathFunctions.Sign.Evaluate(double.NaN), Is.NaN);
    }

    [Test]
    public void UnboundVariablesAreNamed()
    {
        var error = Assert.Throws<EvaluationException>(() => Formula.Parse("x + y").Evaluate(("x", 1.0)));
        Assert.That(error!.Kind, Is.EqualTo(EvaluationErrorKind.UnboundVariable));
        Assert.That(error.Message, Is.EqualTo("The variable 'y' has no value."));
    }

    [Test]
    public void QuotientsDivideLikePython()
    {
        // 1/3 computed as 1.0/3.0 (one rounding), as Python does, not as 1.0 * 3.0^-1.
        Assert.That(Formula.Parse("x/y").Evaluate(("x", 1.0), ("y", 3.0)), Is.EqualTo(1.0 / 3.0));
        Assert.That(Formula.Parse("x/y").Evaluate(("x", 0.1), ("y", 0.7)), Is.EqualTo(0.1 / 0.7));
    }
}
