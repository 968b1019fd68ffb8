using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;

namespace Differentiator.Plotting;

/// <summary>
/// The data of a picture of formulas of one variable and their derivatives: each sampled over the
/// range into continuous segments, broken where it is undefined, jumps or has a pole, with its
/// kinks marked and a vertical window that ignores the poles.
/// </summary>
/// <example>
/// <code>
/// var data = FunctionPlot.Build([Formula.Parse("x^3 - 3x")], new PlotOptions { DerivativeOrder = 1 });
/// foreach (var curve in data.Curves) Console.WriteLine($"{curve.Label}: {curve.Segments.Count} segment(s)");
/// </code>
/// </example>
public static class FunctionPlot
{
    /// <summary>The picture of <paramref name="formulas"/> (and their derivatives, by <paramref name="options"/>).</summary>
    /// <exception cref="InvalidInputException">
    /// No formula or too many, a formula of more than one variable, formulas of different variables,
    /// a bad range or derivative order, or nothing defined anywhere in the range.
    /// </exception>
    public static PlotData Build(IReadOnlyList<Formula> formulas, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(formulas);
        options ??= new PlotOptions();
        if (formulas.Count == 0) throw new InvalidInputException("Give at least one formula to plot.");
        if (formulas.Count > PlotOptions.MaxFormulas)
            throw new InvalidInputException($"At most {PlotOptions.MaxFormulas} formulas fit in one picture, not {formulas.Count}.");
        if (options.DerivativeOrder is < 0 or > PlotOptions.MaxDerivativeOrder)
            throw new InvalidInputException($"The derivative order must be 0 to {PlotOptions.MaxDerivativeOrder}, not {options.DerivativeOrder}.");
        var variable = CommonVariable(formulas);
        var functions = formulas.Select(f => Derivatives(f.Expression, variable, options.DerivativeOrder)).ToList();
        var range = Range(options, functions.Select(d => d[0]));
        var grid = Grid(range);
        var view = ViewWindow.Around(functions.SelectMany(d => d).SelectMany(f => grid.Select(f.At)).OfType<double>());
        var scale = new ScreenScale(range, view);
        var curves = functions.SelectMany((orders, index) => Curves(orders, index, variable, scale)).ToList();
        var title = PlotLabels.Title([.. formulas.Select(f => f.ToText())], options.DerivativeOrder);
        return new PlotData(title, variable, range, view, curves);
    }

    /// <summary>The picture of one formula.</summary>
    /// <exception cref="InvalidInputException">See <see cref="Build(IReadOnlyList{Formula}, PlotOptions?)"/>.</exception>
    public static PlotData Build(Formula formula, PlotOptions? options = null) => Build([formula], options);

    private static string CommonVariable(IReadOnlyList<Formula> formulas)
    {
        foreach (var f in formulas.Where(f => f.Variables.Count > 1))
            throw new InvalidInputException($"A plot draws functions of one variable; {f.ToText()} has {f.Variables.Count}: {string.Join(", ", f.Variables)}.");
        var variables = formulas.SelectMany(f => f.Variables).Distinct(StringComparer.Ordinal).ToList();
        if (variables.Count > 1)
            throw new InvalidInputException($"The formulas of one picture share its horizontal axis, so they need the same variable, not {string.Join(" and ", variables)}.");
        return variables.Count == 1 ? variables[0] : "x";
    }

    /// <summary>The function and its derivatives of order 1 to <paramref name="order"/>, each from the one before.</summary>
    private static List<SampledFunction> Derivatives(Expr f, string variable, int order)
    {
        var expressions = new List<Expr> { f };
        for (var k = 1; k <= order; k++) expressions.Add(Derivative.Of(expressions[^1], variable));
        return [.. expressions.Select(e => new SampledFunction(e, variable))];
    }

    /// <summary>The range asked for; by default −5 to 5, narrowed to where the formulas are defined when that is a small part of it.</summary>
    private static PlotRange Range(PlotOptions options, IEnumerable<SampledFunction> formulas)
    {
        var (from, to) = (options.From, options.To) switch
        {
            (null, null) => (PlotOptions.DefaultRange.From, PlotOptions.DefaultRange.To),
            ({ } f, null) => (f, Math.Max(PlotOptions.DefaultRange.To, f + PlotOptions.DefaultRange.Width)),
            (null, { } t) => (Math.Min(PlotOptions.DefaultRange.From, t - PlotOptions.DefaultRange.Width), t),
            ({ } f, { } t) => (f, t),
        };
        if (!double.IsFinite(from) || !double.IsFinite(to) || !double.IsFinite(to - from))
            throw new InvalidInputException($"The range must have finite ends, not {PlotLabels.Number(from)} to {PlotLabels.Number(to)}.");
        if (from >= to)
            throw new InvalidInputException($"The range must start below its end: from {PlotLabels.Number(from)} to {PlotLabels.Number(to)}.");
        var range = new PlotRange(from, to);
        var defined = Grid(range).Where(x => formulas.Any(f => f.At(x) is not null)).ToList();
        if (defined.Count == 0)
            throw new InvalidInputException($"The formulas have no value anywhere from {PlotLabels.Number(from)} to {PlotLabels.Number(to)}; choose another range.");
        if (options.From is not null || options.To is not null) return range;
        var hull = new PlotRange(defined[0], defined[^1]);
        if (hull.Width >= 0.4 * range.Width) return range;
        var margin = Math.Max(hull.Width * 0.25, range.Width * 0.01);
        return new PlotRange(Math.Max(from, hull.From - margin), Math.Min(to, hull.To + margin));
    }

    private static double[] Grid(PlotRange range) => range.Grid(CurveSampler.GridIntervals);

    /// <summary>
    /// The curves of one formula, order by order. A derivative is undefined where a lower order
    /// has a kink or a jump, even when its formula has a value there (step' = 0).
    /// </summary>
    private static IEnumerable<Curve> Curves(List<SampledFunction> orders, int index, string variable, ScreenScale scale)
    {
        var inherited = new List<SpecialPoint>();
        for (var order = 0; order < orders.Count; order++)
        {
            var f = orders[order];
            var own = NonSmoothPoints.Find(f, variable, scale);
            var specials = Merge(own, inherited);
            var (segments, gaps) = CurveSampler.Sample(f, scale, specials);
            var kinks = own.Where(p => p.Kind == SpecialKind.Kink && f.At(p.X) is not null).Select(p => new PlotPoint(p.X, f.At(p.X)!.Value)).ToList();
            yield return new Curve(PlotLabels.Name(index, order), variable, f.Expression.ToString(), index, order, segments, gaps, kinks);
            inherited = [.. specials.Select(p => p with { Kind = SpecialKind.Undefined })];
        }
    }

    /// <summary>The curve's own special points, and the inherited ones where it has none of its own, in increasing x.</summary>
    private static List<SpecialPoint> Merge(IReadOnlyList<SpecialPoint> own, List<SpecialPoint> inherited)
    {
        var tolerance = 1e-9;
        var merged = own.ToList();
        merged.AddRange(inherited.Where(i => !own.Any(o => Math.Abs(o.X - i.X) <= tolerance * Math.Max(1, Math.Abs(i.X)))));
        merged.Sort((a, b) => a.X.CompareTo(b.X));
        return merged;
    }
}
