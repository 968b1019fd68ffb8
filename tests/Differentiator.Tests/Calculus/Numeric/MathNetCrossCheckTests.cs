using Differentiator.Calculus.Numeric;
using MathNet.Numerics.Differentiation;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>Our difference quotients against MathNet.Numerics' NumericalDerivative.</summary>
public class MathNetCrossCheckTests
{
    private static readonly (string Name, Func<double, double> F, double X, double Exact)[] Cases =
    [
        ("exp", Math.Exp, 1.0, Math.E),
        ("sin", Math.Sin, 0.7, Math.Cos(0.7)),
        ("x^3", x => x * x * x, 2.0, 12.0),
        ("ln", Math.Log, 3.0, 1 / 3.0),
        ("atan", Math.Atan, -0.5, 1 / 1.25),
    ];

    private static IEnumerable<int> Indices => Enumerable.Range(0, Cases.Length);

    [TestCaseSource(nameof(Indices))]
    public void Three_point_central_difference_agrees_with_MathNet(int i)
    {
        var (_, f, x, exact) = Cases[i];
        var mathNet = new NumericalDerivative(3, 1).EvaluateDerivative(f, x, 1);
        var ours = FiniteDifference.Central(f, x, OptimalStep.Central(x));
        Assert.That(ours, Is.EqualTo(mathNet).Within(1e-8).Percent);
        Assert.That(ours, Is.EqualTo(exact).Within(1e-7).Percent);
    }

    [TestCaseSource(nameof(Indices))]
    public void Higher_order_stencils_agree_with_MathNet_five_and_seven_point_rules(int i)
    {
        var (_, f, x, exact) = Cases[i];
        var mathNet5 = new NumericalDerivative(5, 2).EvaluateDerivative(f, x, 1);
        var mathNet7 = new NumericalDerivative(7, 3).EvaluateDerivative(f, x, 1);
        var ours4 = FiniteDifference.Central(f, x, OptimalStep.Central(x, 4), 4);
        var ours6 = FiniteDifference.Central(f, x, OptimalStep.Central(x, 6), 6);
        Assert.That(ours4, Is.EqualTo(mathNet5).Within(1e-7).Percent);
        Assert.That(ours6, Is.EqualTo(mathNet7).Within(1e-7).Percent);
        Assert.That(ours6, Is.EqualTo(exact).Within(1e-10).Percent);
    }

    [TestCaseSource(nameof(Indices))]
    public void Richardson_is_at_least_as_accurate_as_MathNet(int i)
    {
        var (_, f, x, exact) = Cases[i];
        var mathNet = new NumericalDerivative(3, 1).EvaluateDerivative(f, x, 1);
        var ours = Richardson.Extrapolate(f, x).Value;
        Assert.That(Math.Abs(ours - exact), Is.LessThanOrEqualTo(Math.Abs(mathNet - exact) + 1e-15));
    }
}
