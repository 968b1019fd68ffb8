using Differentiator.Plotting;

namespace Differentiator.Tests.Plotting;

public class FunctionPlotTests
{
    private static PlotData Plot(string formula, double? from = null, double? to = null, int order = 0) =>
        FunctionPlot.Build([Formula.Parse(formula)], new PlotOptions { From = from, To = to, DerivativeOrder = order });

    private static Curve Only(string formula, double? from = null, double? to = null) => Plot(formula, from, to).Curves.Single();

    /// <summary>No line of any segment spans <paramref name="x"/>.</summary>
    private static void AssertNoSegmentCrosses(Curve curve, double x) =>
        Assert.That(curve.Segments.Where(s => s.From < x && s.To > x), Is.Empty, $"a segment of {curve} crosses {x}");

    [Test]
    public void A_polynomial_is_one_segment_over_the_default_range()
    {
        var curve = Only("x^3 - 3x");
        Assert.That(curve.Segments, Has.Count.EqualTo(1));
        Assert.That(curve.Gaps, Is.Empty);
        Assert.That(curve.Segments[0].From, Is.EqualTo(-5));
        Assert.That(curve.Segments[0].To, Is.EqualTo(5));
        Assert.That(curve.Points.All(p => Math.Abs(p.Y - (p.X * p.X * p.X - 3 * p.X)) < 1e-9), Is.True);
    }

    [Test]
    public void One_over_x_has_a_pole_at_0_and_no_segment_crosses_it()
    {
        var curve = Only("1/x");
        Assert.That(curve.Segments, Has.Count.EqualTo(2));
        Assert.That(curve.Gaps.Single().Kind, Is.EqualTo(GapKind.Pole));
        Assert.That(curve.Gaps.Single().Contains(0), Is.True);
        AssertNoSegmentCrosses(curve, 0);
    }

    [Test]
    public void One_over_x_off_the_grid_still_breaks_at_its_pole()
    {
        var curve = Only("1/(x - 0.123456)");
        Assert.That(curve.Gaps.Single().Kind, Is.EqualTo(GapKind.Pole));
        AssertNoSegmentCrosses(curve, 0.123456);
    }

    [Test]
    public void An_even_pole_breaks_the_curve_too()
    {
        var curve = Only("1/(x - 0.123456)^2");
        Assert.That(curve.Gaps.Single().Kind, Is.EqualTo(GapKind.Pole));
        AssertNoSegmentCrosses(curve, 0.123456);
    }

    [Test]
    public void Tan_on_minus_3_to_3_is_split_at_both_poles()
    {
        var curve = Only("tan x", -3, 3);
        Assert.That(curve.Segments, Has.Count.EqualTo(3));
        Assert.That(curve.Gaps.Select(g => g.Kind), Is.All.EqualTo(GapKind.Pole));
        Assert.That(curve.Gaps.Select(g => (g.From + g.To) / 2), Is.EqualTo(new[] { -Math.PI / 2, Math.PI / 2 }).Within(1e-9));
        AssertNoSegmentCrosses(curve, -Math.PI / 2);
        AssertNoSegmentCrosses(curve, Math.PI / 2);
    }

    [Test]
    public void The_view_window_ignores_the_poles_of_tan()
    {
        var view = Plot("tan x", -3, 3).YView;
        Assert.That(view.From, Is.LessThan(-3).And.GreaterThan(-100));
        Assert.That(view.To, Is.GreaterThan(3).And.LessThan(100));
    }

    [Test]
    public void Abs_has_a_kink_at_0_and_stays_one_segment()
    {
        var curve = Only("|x|");
        Assert.That(curve.Kinks, Is.EqualTo(new[] { new PlotPoint(0, 0) }));
        Assert.That(curve.Segments, Has.Count.EqualTo(1));
        Assert.That(curve.Points, Does.Contain(new PlotPoint(0, 0)), "the corner itself is a sample");
    }

    [Test]
    public void A_kink_off_the_grid_is_found_and_sampled()
    {
        var curve = Only("relu(x - 1/3)");
        Assert.That(curve.Kinks.Single().X, Is.EqualTo(1.0 / 3).Within(1e-12));
        Assert.That(curve.Segments, Has.Count.EqualTo(1));
    }

    [Test]
    public void A_smooth_square_of_abs_has_no_kink()
    {
        Assert.That(Only("|x|^2").Kinks, Is.Empty);
    }

    [Test]
    public void Step_jumps_at_0_without_a_vertical_line()
    {
        var curve = Only("step(x)");
        Assert.That(curve.Segments, Has.Count.EqualTo(2));
        Assert.That(curve.Gaps.Single().Kind, Is.EqualTo(GapKind.Jump));
        Assert.That(curve.Segments[0].Points.Select(p => p.Y), Is.All.EqualTo(0));
        Assert.That(curve.Segments[1].Points.Select(p => p.Y), Is.All.EqualTo(1));
        Assert.That(curve.Segments[1].From, Is.EqualTo(0), "step(0) = 1 belongs to the right piece");
        Assert.That(curve.Kinks, Is.Empty);
    }

    [Test]
    public void Sqrt_on_minus_2_to_2_is_defined_only_on_0_to_2()
    {
        var curve = Only("sqrt(x)", -2, 2);
        Assert.That(curve.Segments, Has.Count.EqualTo(1));
        Assert.That(curve.Segments[0].From, Is.EqualTo(0));
        Assert.That(curve.Segments[0].To, Is.EqualTo(2));
        Assert.That(curve.Gaps.Single(), Is.EqualTo(new CurveGap(-2, 0, GapKind.Undefined)));
    }

    [Test]
    public void Ln_starts_at_its_domain_edge_off_the_grid()
    {
        var curve = Only("ln(x - 0.123456)", -2, 2);
        Assert.That(curve.Segments.Single().From, Is.EqualTo(0.123456).Within(1e-12));
    }

    [Test]
    public void The_derivative_of_abs_jumps_and_the_derivative_of_step_is_undefined_at_0()
    {
        var abs = Plot("|x|", order: 1).Curves[1];
        Assert.That(abs.Name, Is.EqualTo("f'"));
        Assert.That(abs.Gaps.Single().Kind, Is.EqualTo(GapKind.Jump));
        var step = Plot("step(x)", order: 1).Curves[1];
        Assert.That(step.Gaps.Single().Kind, Is.EqualTo(GapKind.Undefined));
        AssertNoSegmentCrosses(step, 0);
    }

    [Test]
    public void Derivatives_are_labelled_with_primes()
    {
        var data = Plot("x^3 - 3x", order: 2);
        Assert.That(data.Curves.Select(c => c.Label), Is.EqualTo(new[] { "f(x) = x^3 - 3x", "f'(x) = 3x^2 - 3", "f''(x) = 6x" }));
        Assert.That(data.Title, Is.EqualTo("x^3 - 3x and its derivatives to order 2"));
    }

    [Test]
    public void Several_formulas_share_one_picture()
    {
        var data = FunctionPlot.Build([Formula.Parse("step(x)"), Formula.Parse("sigmoid(x)")]);
        Assert.That(data.Curves.Select(c => c.Label), Is.EqualTo(new[] { "f(x) = step(x)", "g(x) = sigmoid(x)" }));
        Assert.That(data.Title, Is.EqualTo("step(x), sigmoid(x)"));
        Assert.That(data.YView.From, Is.LessThan(0).And.GreaterThan(-0.5));
        Assert.That(data.YView.To, Is.GreaterThan(1).And.LessThan(1.5));
    }

    [Test]
    public void A_narrow_domain_narrows_the_default_range()
    {
        var data = Plot("asin(x)");
        Assert.That(data.XRange.From, Is.GreaterThanOrEqualTo(-2).And.LessThan(-1));
        Assert.That(data.XRange.To, Is.LessThanOrEqualTo(2).And.GreaterThan(1));
    }

    [Test]
    public void Smooth_curves_are_sampled_finely_where_they_bend()
    {
        var curve = Only("sin(10x)", 0, 1);
        var points = curve.Points.ToList();
        var worst = points.Zip(points.Skip(1), (a, b) => Math.Abs(Math.Sin(10 * (a.X + b.X) / 2) - (a.Y + b.Y) / 2)).Max();
        Assert.That(worst, Is.LessThan(0.005), "a chord strays from the curve by less than a pixel");
    }

    [TestCase("x + y", "one variable")]
    [TestCase("ln(x - 100)", "no value anywhere")]
    public void Bad_requests_are_explained(string formula, string message)
    {
        Assert.That(() => Plot(formula), Throws.TypeOf<InvalidInputException>().With.Message.Contains(message));
    }

    [Test]
    public void Formulas_of_different_variables_are_refused()
    {
        Assert.That(() => FunctionPlot.Build([Formula.Parse("sin t"), Formula.Parse("x^2")]),
            Throws.TypeOf<InvalidInputException>().With.Message.Contains("same variable"));
    }

    [Test]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Assert.That(() => Plot("x", 3, 1), Throws.TypeOf<InvalidInputException>().With.Message.Contains("start below its end"));
    }
}

public class SegmentClipperTests
{
    [Test]
    public void A_pole_side_is_cut_at_the_band_edge()
    {
        var curve = FunctionPlot.Build(Formula.Parse("1/x")).Curves[0];
        var view = new PlotRange(-10, 10);
        foreach (var segment in curve.Segments)
        {
            var pieces = SegmentClipper.Clip(segment, view);
            Assert.That(pieces.SelectMany(p => p).Select(p => p.Y), Is.All.InRange(-30.0, 30.0));
            Assert.That(pieces, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void A_line_that_crosses_the_whole_band_keeps_its_crossing()
    {
        var segment = FunctionPlot.Build(Formula.Parse("1000x"), new PlotOptions { From = -1, To = 1 }).Curves[0].Segments[0];
        var pieces = SegmentClipper.Clip(segment, new PlotRange(-1, 1));
        Assert.That(pieces, Has.Count.EqualTo(1));
        Assert.That(pieces[0][0].Y, Is.EqualTo(-3));
        Assert.That(pieces[0][^1].Y, Is.EqualTo(3));
        Assert.That(pieces[0][0].X, Is.EqualTo(-0.003).Within(1e-12));
    }
}
