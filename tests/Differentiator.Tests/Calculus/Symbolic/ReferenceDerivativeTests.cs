using static Differentiator.Tests.Support.SafeEvaluation;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>Every case of derivatives.json: our symbolic partials against SymPy's.</summary>
public class ReferenceDerivativeTests
{
    private static readonly double[] Offsets = [0.113, -0.071, 0.257, -0.193];

    private static IEnumerable<TestCaseData> Partials() =>
        ReferenceData.Derivatives.SelectMany(c => c.Vars.Select(v => new TestCaseData(c, v).SetName($"{c.Id}: d/d{v} {c.FCaret}")));

    [TestCaseSource(nameof(Partials))]
    public void Value_at_the_point_matches_SymPy(DerivativeCase c, string variable)
    {
        var derivative = Derivative.Of(Formula.Parse(c.FCaret).Expression, variable);
        var expected = c.ValuesAtPoint[variable];
        Assert.That(derivative.Evaluate(c.Point), Is.EqualTo(expected).Within(Tolerance(expected)), derivative.ToString());
    }

    [TestCaseSource(nameof(Partials))]
    public void Equals_SymPys_derivative_at_other_points(DerivativeCase c, string variable)
    {
        var ours = Derivative.Of(Formula.Parse(c.FCaret).Expression, variable);
        var sympy = Formula.Parse(c.Partials[variable]).Expression;
        var compared = 0;
        foreach (var offset in Offsets)
        {
            var point = c.Point.ToDictionary(p => p.Key, p => p.Value + offset * (1 + Math.Abs(p.Value)));
            if (!TryEvaluate(sympy, point, out var expected)) continue;
            Assert.That(ours.Evaluate(point), Is.EqualTo(expected).Within(Tolerance(expected)), $"{ours} vs {c.Partials[variable]} at offset {offset}");
            compared++;
        }
        Assert.That(compared, Is.GreaterThanOrEqualTo(2), "at least two points of the domain are compared");
    }

    private static double Tolerance(double expected) => Math.Max(1e-12, 1e-9 * Math.Abs(expected));

}
