using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Calculus.Numeric;

public class DerivativeMethodsTests
{
    private static readonly Symbol X = Variable("x");

    private static Dictionary<string, double> At(double x) => new() { ["x"] = x };

    public static IEnumerable<TestCaseData> Functions()
    {
        yield return new TestCaseData(Apply(MathFunctions.Sin, X), 1.0, Math.Cos(1.0)).SetName("sin");
        yield return new TestCaseData(Apply(MathFunctions.Exp, Multiply(Number(3), Pow(X, Number(2)))), 0.5, 6 * 0.5 * Math.Exp(0.75)).SetName("exp(3x^2)");
        yield return new TestCaseData(Add(Apply(MathFunctions.Ln, X), Reciprocal(X)), 2.0, 0.25).SetName("ln x + 1/x");
        yield return new TestCaseData(Apply(MathFunctions.Sqrt, X), 4.0, 0.25).SetName("sqrt");
        yield return new TestCaseData(Apply(MathFunctions.Cbrt, X), -8.0, 1.0 / 12).SetName("cbrt at -8");
        yield return new TestCaseData(Apply(MathFunctions.Abs, Subtract(Pow(X, Number(2)), Number(4))), 1.0, -2.0).SetName("|x^2-4|");
        yield return new TestCaseData(Apply(MathFunctions.Relu, X), -1.5, 0.0).SetName("relu");
        yield return new TestCaseData(Apply(MathFunctions.Max, Number(0), X), 2.0, 1.0).SetName("max");
        yield return new TestCaseData(Apply(MathFunctions.Sigmoid, X), 0.5, Sig(0.5) * (1 - Sig(0.5))).SetName("sigmoid");
        yield return new TestCaseData(Apply(MathFunctions.Atan, X), 2.0, 0.2).SetName("atan");
        yield return new TestCaseData(Pow(X, X), 2.0, 4 * (Math.Log(2) + 1)).SetName("x^x");
        yield return new TestCaseData(Apply(MathFunctions.Ln, X, Number(2)), 8.0, 1 / (8 * Math.Log(2))).SetName("log(x, 2)");
        yield return new TestCaseData(Divide(Pow(X, Number(3)), Subtract(X, Number(1))), 3.0, (27.0 * 2 - 27) / 4 + 0.0 * 0 + (3 * 9.0 * 2 - 27) / 4 - (3 * 9.0 * 2 - 27) / 4).SetName("x^3/(x-1)");
    }

    private static double Sig(double z) => 1 / (1 + Math.Exp(-z));

    [TestCaseSource(nameof(Functions))]
    public void Dual_numbers_give_the_derivative_to_rounding(Expr f, double x, double exact) =>
        Assert.That(DualDerivative.Partial(f, At(x), "x"), Is.EqualTo(exact).Within(1e-13).Percent.Or.EqualTo(exact).Within(1e-15));

    [TestCaseSource(nameof(Functions))]
    public void Complex_step_gives_the_derivative_to_rounding(Expr f, double x, double exact) =>
        Assert.That(ComplexStep.Partial(f, At(x), "x"), Is.EqualTo(exact).Within(1e-13).Percent.Or.EqualTo(exact).Within(1e-15));

    public static IEnumerable<TestCaseData> UnaryRows() =>
        MathFunctions.All.Where(f => f.MinArity == 1).SelectMany(f =>
            (f.Domain.Length == 0 ? new[] { 0.3, 0.8, -0.6 } : [0.3, 0.8]).Select(x => new TestCaseData(f, x).SetName($"{f.Name} at {x}")));

    [TestCaseSource(nameof(UnaryRows))]
    public void Every_row_has_a_complex_step_rule_that_agrees_with_its_derivative_rule(MathFunction function, double x)
    {
        var f = Apply(function, X);
        var dual = DualDerivative.Partial(f, At(x), "x");
        var complex = ComplexStep.Partial(f, At(x), "x");
        Assert.That(complex, Is.EqualTo(dual).Within(1e-12).Percent.Or.EqualTo(dual).Within(1e-15));
    }

    [Test]
    public void Dual_and_complex_step_give_the_lecture_exact_gradients()
    {
        var point = new Dictionary<string, double> { ["w"] = 1.0, ["x"] = 2.0, ["y"] = 3.0, ["z"] = 4.0 };
        var f = LectureFormulas.Problem4;
        Assert.That(new[] { "w", "x", "y", "z" }.Select(v => DualDerivative.Partial(f, point, v)), Is.EqualTo(new[] { 5.0, 13.0, 32.0, 15.0 }));
        Assert.That(new[] { "w", "x", "y", "z" }.Select(v => ComplexStep.Partial(f, point, v)), Is.EqualTo(new[] { 5.0, 13.0, 32.0, 15.0 }));
        Assert.That(DualDerivative.Evaluate(LectureFormulas.Square, At(3.0), "x"), Is.EqualTo(new Dual(9, 6)));
    }

    [TestCase(2, 1e-3, 1e-6)]
    [TestCase(4, 1e-2, 1e-8)]
    [TestCase(6, 1e-2, 1e-12)]
    [TestCase(8, 1e-2, 1e-13)]
    public void Higher_order_stencils_are_more_accurate(int order, double h, double tolerance)
    {
        var value = FiniteDifference.Central(Math.Exp, 1.0, h, order);
        Assert.That(Math.Abs(value - Math.E), Is.LessThan(tolerance));
    }

    [Test]
    public void Unknown_stencil_order_is_refused() =>
        Assert.That(() => FiniteDifference.Central(Math.Exp, 1.0, 1e-3, 3), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Richardson_extrapolation_reaches_near_machine_precision_with_an_honest_estimate()
    {
        var result = Richardson.Extrapolate(Math.Exp, 1.0);
        var error = Math.Abs(result.Value - Math.E);
        Assert.That(error, Is.LessThan(1e-12));
        Assert.That(result.ErrorEstimate, Is.LessThan(1e-10));
        Assert.That(result.ErrorEstimate, Is.GreaterThanOrEqualTo(error / 100));
    }

    [TestCase(3.0)]
    [TestCase(0.1)]
    [TestCase(-1234.5)]
    [TestCase(1e10)]
    public void Optimal_steps_are_exactly_representable_and_scaled(double x)
    {
        var h = OptimalStep.Central(x);
        Assert.That(x + h - x, Is.EqualTo(h));
        Assert.That(h / Math.Max(1, Math.Abs(x)), Is.EqualTo(Math.Cbrt(OptimalStep.Eps)).Within(1).Percent);
        Assert.That(OptimalStep.OneSided(x) / Math.Max(1, Math.Abs(x)), Is.EqualTo(Math.Sqrt(OptimalStep.Eps)).Within(1).Percent);
    }

    [Test]
    public void Optimal_step_beats_the_lecture_step_for_exp()
    {
        var optimal = FiniteDifference.Central(Math.Exp, 1.0, OptimalStep.Central(1.0));
        var lecture = FiniteDifference.Central(Math.Exp, 1.0, 1e-5);
        Assert.That(Math.Abs(optimal - Math.E), Is.LessThan(Math.Abs(lecture - Math.E)));
    }

    [Test]
    public void Sweep_shows_the_V_curve_and_measures_the_best_step()
    {
        var sweep = StepSweep.Run(Math.Exp, 1.0, Math.E);
        Assert.That(sweep.Points.Select(p => p.Step), Is.EqualTo(Enumerable.Range(1, 15).Select(k => Math.Pow(10, -k))).Within(1e-9).Percent);
        Assert.That(sweep.Best.Step, Is.InRange(1e-7, 1e-4));
        Assert.That(sweep.Points[0].AbsoluteError, Is.GreaterThan(1000 * sweep.Best.AbsoluteError));
        Assert.That(sweep.Points[^1].AbsoluteError, Is.GreaterThan(1000 * sweep.Best.AbsoluteError));
        var table = sweep.ToTable();
        Assert.That(table, Does.Contain("<- best"));
        Assert.That(table.Split('\n'), Has.Length.EqualTo(18));
    }

    [Test]
    public void Sweep_records_undefined_points_as_NaN()
    {
        var f = OneVariable.Along(Apply(MathFunctions.Ln, X), At(0.05), "x");
        var sweep = StepSweep.Run(f, 0.05, 20.0);
        Assert.That(double.IsNaN(sweep.Points[0].Value), Is.True);
        Assert.That(sweep.Best.AbsoluteError, Is.LessThan(1e-6));
    }
}
