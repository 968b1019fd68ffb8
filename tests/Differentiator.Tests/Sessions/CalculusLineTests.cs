using Differentiator.Sessions;
using static Differentiator.Tests.Sessions.SessionRunner;

namespace Differentiator.Tests.Sessions;

public class CalculusLineTests
{
    [TestCase("d/dx f", "2 + 3y")]
    [TestCase("d/dy f", "3x + 3y^2")]
    [TestCase("∂/∂y f", "3x + 3y^2")]
    [TestCase("∂/∂x f", "2 + 3y")]
    [TestCase("d^2/dy^2 f", "6y")]
    [TestCase("d²/dy² f", "6y")]
    [TestCase("∂²/∂y² f", "6y")]
    [TestCase("d/dx d/dy f", "3")]
    [TestCase("d/dx (x^2 sin x)", "2x sin(x) + x^2 cos(x)")]
    [TestCase("d/dx x^3", "3x^2")]
    [TestCase("d/dx f(x, 2)", "8")]
    public void DerivativeNotation(string line, string expected) => Assert.That(Text(F, line), Is.EqualTo(expected));

    [TestCase("g'(x)", "2x")]
    [TestCase("g''(x)", "2")]
    [TestCase("g'", "2x")]
    [TestCase("g′(x)", "2x")]
    [TestCase("g'(3)", "6")]
    [TestCase("g'(a + 1)", "2(a + 1)")]
    public void PrimeNotation(string line, string expected) => Assert.That(Text("g(x) = x^2", line), Is.EqualTo(expected));

    [Test]
    public void PrimeAtANumberHasAValue() => Assert.That(Last<FormulaResult>("g(x) = x^2", "g'(3)").Value, Is.EqualTo(6));

    [Test]
    public void PrimeOfAFunctionOfTwoVariablesSaysToUseAPartial()
    {
        var error = Error(F, "f'(x)");
        Assert.That(error.Message, Does.Contain("one variable").And.Contain("d/dx f"));
        Assert.That(error.Span!.Value.Start, Is.EqualTo(0));
    }

    [Test]
    public void GradientAtAPointGivesTheValuesInParameterOrder()
    {
        var report = Last<GradientResult>(F, "grad f at (1, 2)").Report;
        Assert.That(report.Values, Is.EqualTo(new double?[] { 8, 15 }));
    }

    [Test]
    public void GradientFollowsTheParametersNotTheBody()
    {
        var report = Last<GradientResult>("k(x, y) = y^2 + x", "grad k").Report;
        Assert.That(report.Partials.Select(p => p.Derivative.ToText()), Is.EqualTo(new[] { "1", "2y" }));
    }

    [Test]
    public void GradientTakesANamedPoint() =>
        Assert.That(Last<GradientResult>(F, "grad f at x=1.0, y=2.0").Report.Values, Is.EqualTo(new double?[] { 8, 15 }));

    [Test]
    public void GradientOfAFormula() =>
        Assert.That(Last<GradientResult>("grad x^2 y").Report.Partials.Select(p => p.Derivative.ToText()), Is.EqualTo(new[] { "2xy", "x^2" }));

    [Test]
    public void APointWithTooFewValuesIsRefusedUnderThePoint()
    {
        var error = Error(F, "grad f at (1)");
        Assert.That(error.Message, Does.Contain("2 variable(s): x, y"));
        Assert.That(error.Span!.Value.Start, Is.EqualTo("grad f at (".Length));
    }

    [Test]
    public void Hessian()
    {
        var result = Last<HessianResult>(F, "hessian f");
        Assert.That(result.Entries.Select(r => r.Select(e => e.ToText())), Is.EqualTo(new[] { new[] { "0", "3" }, new[] { "3", "6y" } }));
        var at = Last<HessianResult>(F, "hessian f at (1, 2)");
        Assert.That(at.Values, Is.EqualTo(new[] { new double?[] { 0, 3 }, new double?[] { 3, 12 } }));
    }

    [Test]
    public void StepsShowTheChainRule()
    {
        var report = Last<StepsResult>("steps d/dx e^(3x^2)").Report;
        Assert.That(report.Partials[0].Derivative.ToText(), Is.EqualTo("6x e^(3x^2)"));
        Assert.That(report.Partials[0].Steps[0].ToText(), Does.Contain("t = 3x^2"));
    }

    [Test]
    public void StepsNeedADerivative() => Assert.That(Error("steps x^2").Message, Does.Contain("steps d/dx"));

    [Test]
    public void CompareExplainsTheIntegerInput()
    {
        var result = Last<CompareResult>("compare x^2 at x=3");
        Assert.That(result.Report.Comparison.IsIntegerInput, Is.True);
        Assert.That(result.Report.Comparison.Variables[0].Verdict.Agrees, Is.False);
    }

    [Test]
    public void CompareNeedsAPoint() => Assert.That(Error("compare x^2").Message, Does.Contain("needs a point"));

    [Test]
    public void NumDiffOfAnIntegerArrayShowsThePitfallAndWarns()
    {
        var result = Last<NumDiffResult>("numdiff x^2 at [3]");
        Assert.That(result.Report.Result.Gradient.ToString(), Is.EqualTo("[249999]"));
        Assert.That(result.Messages.Select(m => m.Code), Has.Some.EqualTo(ErrorCodes.NumericWarning));
    }

    [Test]
    public void NumDiffOfADefinedFunction() =>
        Assert.That(Last<NumDiffResult>(F, "numdiff f at [1.0, 2.0]").Report.Result.Gradient.ToString(), Is.EqualTo("[ 8. 15.]"));

    [Test]
    public void NumDiffFollowsTheParameters() =>
        Assert.That(Last<NumDiffResult>("k(x, y) = y^2 + x", "numdiff k at [1.0, 2.0]").Report.Result.Gradient.ToString(), Is.EqualTo("[1. 4.]"));

    [Test]
    public void APlotIsARequestForTheFrontEnd()
    {
        var plot = Last<PlotRequest>("p(x) = x^2", "plot p, sin x from -2 to pi");
        Assert.That(plot.Formulas.Select(f => f.ToText()), Is.EqualTo(new[] { "x^2", "sin(x)" }));
        Assert.That((plot.From, plot.To), Is.EqualTo((-2.0, Math.PI)));
        Assert.That(Last<PlotRequest>("plot x^2").From, Is.Null);
    }

    [Test]
    public void APlotRangeGoesUp() => Assert.That(Error("plot x^2 from 2 to -2").Message, Does.Contain("smaller number to a larger one"));

    [TestCase("d/dx", "Nothing follows 'd/dx' to differentiate.")]
    [TestCase("d^2/dx^3 f", "The order of 'd^2/dx^3' is unclear")]
    [TestCase("grad", "grad needs a formula")]
    [TestCase("grad f at", "needs a point after it")]
    public void MalformedCommandsSaySo(string line, string message) => Assert.That(Error(F, line).Message, Does.Contain(message));

    [Test]
    public void AVariableThatDoesNotOccurGivesZeroWithAWarning()
    {
        var result = Last<FormulaResult>(F, "d/dz f");
        Assert.That(result.Formula.ToText(), Is.EqualTo("0"));
        Assert.That(result.Messages.Select(m => m.Code), Has.Some.EqualTo(ErrorCodes.AbsentVariable));
    }

    [Test]
    public void ADerivativeCarriesItsNotes() =>
        Assert.That(Last<FormulaResult>("d/dx |x|").Messages.Select(m => m.Code), Has.Some.EqualTo(ErrorCodes.DerivativeNote));
}
