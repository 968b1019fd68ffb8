using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Calculus.Numeric;

public class ComparisonTests
{
    private static DerivativeComparison Compare(string formula, string point, ComparisonOptions? options = null) =>
        DerivativeComparison.Compare(Formula.Parse(formula).Expression, Point(point), options);

    internal static PointCoordinate[] Point(string text) =>
    [
        .. text.Split(',').Select(part =>
        {
            var (name, value) = (part.Split('=')[0].Trim(), part.Split('=')[1].Trim());
            return new PointCoordinate(name, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), !value.Contains('.') && !value.Contains('e'));
        }),
    ];

    [Test]
    public void Square_at_the_integer_3_shows_the_lecture_story()
    {
        var c = Compare("x^2", "x=3", new ComparisonOptions { Symbolic = Derivative.Of });
        var x = c.Variables.Single();
        Assert.That(x.Symbolic, Is.EqualTo("2x"));
        Assert.That(x.Exact, Is.EqualTo(6.0));
        Assert.That(x.ExactSource, Is.EqualTo("symbolic"));
        Assert.That(x.IntegerCentral, Is.EqualTo(249999));
        Assert.That(x.IntegerCentralFloatGradient, Is.EqualTo(249999.99999999997));
        Assert.That(x.Central, Is.EqualTo(6.000000000039306));
        Assert.That(x.AbsoluteError, Is.EqualTo(3.9306e-11).Within(0.01e-11));
        Assert.That(x.ComplexStep, Is.EqualTo(6.0));
        Assert.That(x.Dual, Is.EqualTo(6.0));
        Assert.That(x.Verdict.Agrees, Is.False);
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.IntegerInput }));
        Assert.That(x.Verdict.Explanation, Does.Contain("3 + 1e-05 was stored as 3 and 3 - 1e-05 as 2"));
        Assert.That(x.Verdict.Explanation, Does.Contain("(9 - 4)/2e-05"));
        Assert.That(x.Verdict.Explanation, Does.Contain("With the float input the central difference is 6.000000000039306 (error 3.9e-11)"));
        var text = c.ToText();
        Assert.That(text, Does.Contain("symbolic          2x"));
        Assert.That(text, Does.Contain("249999 with an int64 gradient"));
        Assert.That(text, Does.Contain("(NumPy prints [250000.])"));
        Assert.That(text, Does.Contain("6.000000000039306 (input as float64), abs error 3.9e-11"));
        Assert.That(text, Does.Contain("verdict           disagree: integer input"));
    }

    [Test]
    public void Square_at_the_float_3_agrees()
    {
        var x = Compare("x^2", "x=3.0").Variables.Single();
        Assert.That(x.Verdict.Agrees, Is.True, x.Verdict.Explanation);
        Assert.That(x.IntegerCentral, Is.Null);
        Assert.That(x.ExactSource, Is.EqualTo("dual"));
    }

    private static IEnumerable<DerivativeCase> Cases => ReferenceData.Derivatives;

    [TestCaseSource(nameof(Cases))]
    public void Every_reference_case_agrees_at_h_1e_5(DerivativeCase reference)
    {
        var point = reference.Vars.Select(v => new PointCoordinate(v, reference.Point[v], IsInteger: false)).ToArray();
        var c = DerivativeComparison.Compare(Formula.Parse(reference.FCaret).Expression, point, new ComparisonOptions { Symbolic = Derivative.Of });
        foreach (var v in c.Variables)
        {
            var exact = reference.ValuesAtPoint[v.Variable];
            Assert.That(v.ExactSource, Is.EqualTo("symbolic"));
            Assert.That(v.Exact, Is.EqualTo(exact).Within(1e-12 * Math.Abs(exact)).Or.EqualTo(exact).Within(1e-15), $"symbolic d/d{v.Variable} = {v.Symbolic}");
            Assert.That(v.Verdict.Agrees, Is.True, $"{v.Variable}: {v.Verdict.Explanation}");
            Assert.That(v.AbsoluteError, Is.LessThanOrEqualTo(1e-6 * Math.Max(Math.Abs(exact), 1e-300)).Or.LessThanOrEqualTo(1e-10), v.Variable);
            Assert.That(v.ComplexStep, Is.EqualTo(exact).Within(1e-12 * Math.Abs(exact)).Or.EqualTo(exact).Within(1e-15), $"complex step d/d{v.Variable}");
            Assert.That(v.Dual, Is.EqualTo(exact).Within(1e-12 * Math.Abs(exact)).Or.EqualTo(exact).Within(1e-15), $"dual d/d{v.Variable}");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Central_difference_matches_NumPy_to_rounding(DerivativeCase reference)
    {
        var numpy = LectureReference.DerivativeCase(reference.Id).GetProperty("central_diff_h1e-5");
        var f = Formula.Parse(reference.FCaret).Expression;
        foreach (var v in reference.Vars)
        {
            var along = OneVariable.Along(f, reference.Point, v);
            var ours = FiniteDifference.Central(along, reference.Point[v], 1e-5);
            var theirs = numpy.GetProperty(v).GetDouble();
            // Different but equivalent evaluation orders may move the quotient by round-off/h, about 1e-11 relative.
            Assert.That(ours, Is.EqualTo(theirs).Within(1e-9 * Math.Max(1, Math.Abs(theirs))), v);
        }
    }

    [Test]
    public void Kink_at_the_point_is_named()
    {
        var x = Compare("|x|", "x=0.0").Variables.Single();
        Assert.That(x.Verdict.Reasons, Does.Contain(DisagreementReason.Kink));
        Assert.That(x.Verdict.Explanation, Does.Contain("undefined at x = 0"));
    }

    [Test]
    public void Kink_within_h_of_the_point_is_named()
    {
        var x = Compare("relu(x)", "x=0.000001").Variables.Single();
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.Kink }));
        Assert.That(x.Verdict.Explanation, Does.Contain("between x - h and x + h"));
    }

    [Test]
    public void Kink_under_a_chain_of_smooth_calls_is_named()
    {
        var x = Compare("sin(exp(cos(|x - 0.5|)))", "x=0.5").Variables.Single();
        Assert.That(x.Verdict.Reasons, Does.Contain(DisagreementReason.Kink));
    }

    [Test]
    public void The_kink_finder_looks_at_each_shared_subtree_once_and_evaluates_only_calls_that_can_kink()
    {
        // sin(g)·cos(g) forty times over: 80 nodes shared, 2^40 paths through the tree. Looking
        // along every path, or evaluating the argument of every smooth call, would never finish
        // (found by the fuzzer as a 1,000-deep tower of e^ that took seconds to compare).
        Expr g = Expr.Variable("x");
        for (var k = 0; k < 40; k++) g = Expr.Multiply(Expr.Apply(MathFunctions.Sin, g), Expr.Apply(MathFunctions.Cos, g));
        var search = Task.Run(() => KinkFinder.Find(g, new Dictionary<string, double> { ["x"] = 0.25 }, "x", 1e-5));
        Assert.That(search.Wait(TimeSpan.FromSeconds(30)), Is.True, "the kink finder did not finish");
        Assert.That(search.Result, Is.Null);
    }

    [Test]
    public void The_kink_finder_reuses_the_values_of_nested_non_smooth_calls()
    {
        // |||…|x - 0.5|…||| 1,000 deep: evaluating every level's argument afresh was half a million
        // evaluations and 2.9 s (found by the fuzzer); each level now takes the value of the one inside.
        Expr g = Expr.Subtract(Expr.Variable("x"), Expr.Decimal(0.5));
        for (var k = 0; k < 1000; k++) g = Expr.Apply(MathFunctions.Abs, g);
        var near = Task.Run(() => KinkFinder.Find(g, new Dictionary<string, double> { ["x"] = 0.5000001 }, "x", 1e-5));
        var away = Task.Run(() => KinkFinder.Find(g, new Dictionary<string, double> { ["x"] = 0.7 }, "x", 1e-5));
        Assert.That(Task.WaitAll([near, away], TimeSpan.FromSeconds(30)), Is.True, "the kink finder did not finish");
        Assert.That(near.Result, Does.Contain("has its kink between x - h and x + h"));
        Assert.That(away.Result, Is.Null);
    }

    [Test]
    public void Pole_is_named()
    {
        Assert.That(Compare("1/x", "x=0.0").Variables.Single().Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.Pole }));
    }

    [Test]
    public void Within_h_of_the_edge_of_the_domain_only_the_central_difference_is_doubted()
    {
        var near = Compare("ln(x)", "x=0.000001").Variables.Single();
        Assert.That(near.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.Boundary }));
        Assert.That(double.IsNaN(near.Central), Is.True);
        Assert.That(near.Doubts.Select(d => d.Column), Is.EqualTo(new[] { NumericColumn.Central }));
        Assert.That(near.IsTrusted(NumericColumn.ComplexStep) && near.IsTrusted(NumericColumn.Dual), Is.True);
    }

    [Test]
    public void Where_f_is_defined_and_its_derivative_is_not_no_numeric_column_is_trusted()
    {
        var comparison = Compare("sqrt(x)", "x=0.0");
        var x = comparison.Variables.Single();
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.Boundary }));
        Assert.That(x.Doubts.Select(d => d.Column), Is.EquivalentTo(new[] { NumericColumn.Central, NumericColumn.ComplexStep, NumericColumn.Dual }));
        Assert.That(comparison.ToText(), Does.Contain("not trustworthy (computed 8589934592.0)"));
    }

    [TestCase("softplus(x)", "x=1e10", NumericColumn.ComplexStep)]
    [TestCase("sqrt(x)", "x=1e-300", NumericColumn.ComplexStep)]
    public void A_numeric_method_that_breaks_down_is_doubted(string formula, string point, NumericColumn column)
    {
        var x = Compare(formula, point).Variables.Single();
        Assert.That(x.IsTrusted(column), Is.False);
        Assert.That(x.Verdict.Reasons, Does.Contain(DisagreementReason.MethodFailure));
        Assert.That(x.IsTrusted(NumericColumn.Dual), Is.True, "the dual numbers did not break down");
    }

    [Test]
    public void Too_small_a_step_is_named()
    {
        var x = Compare("x^2", "x=3.0", new ComparisonOptions { Delta = 1e-13 }).Variables.Single();
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.StepTooSmall }), x.Verdict.Explanation);
    }

    [Test]
    public void Too_large_a_step_is_named()
    {
        var x = Compare("exp(x)", "x=1.0", new ComparisonOptions { Delta = 0.1 }).Variables.Single();
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.StepTooLarge }), x.Verdict.Explanation);
    }

    [Test]
    public void Cancellation_is_named()
    {
        var x = Compare("x^2 + 10000000000", "x=3.0").Variables.Single();
        Assert.That(x.Verdict.Reasons, Is.EqualTo(new[] { DisagreementReason.Cancellation }), x.Verdict.Explanation);
        Assert.That(x.ComplexStep, Is.EqualTo(6.0));
    }

    [Test]
    public void Sweep_is_attached_when_asked_for()
    {
        var c = Compare("exp(x)", "x=1.0", new ComparisonOptions { Sweep = true });
        Assert.That(c.Variables.Single().Sweep!.Points, Has.Count.EqualTo(15));
        Assert.That(c.ToText(), Does.Contain("<- best"));
    }

    [Test]
    public void Mixed_integer_and_float_point_is_a_float_array_as_in_NumPy()
    {
        var c = Compare("2x + 3xy + y^3", "x=1,y=2.0");
        Assert.That(c.IsIntegerInput, Is.False);
        Assert.That(c.Variables.Select(v => v.Verdict.Agrees), Is.All.True);
    }

    [Test]
    public void Missing_coordinates_are_refused() =>
        Assert.That(() => Compare("x + y", "x=1.0"), Throws.ArgumentException.With.Message.Contains("y"));
}
