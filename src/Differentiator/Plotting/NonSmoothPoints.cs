using Differentiator.Expressions;

namespace Differentiator.Plotting;

/// <summary>
/// The points where a formula's non-smooth calls (abs, sign, step, relu, max, min) switch, found
/// from the function table's kink predicate, and what the curve does there: a kink (continuous,
/// with a corner), a jump, or nothing visible (|x|² is smooth).
/// </summary>
internal static class NonSmoothPoints
{
    /// <summary>The switch points of <paramref name="f"/> inside the scale's range, classified, in increasing x.</summary>
    public static IReadOnlyList<SpecialPoint> Find(SampledFunction f, string variable, ScreenScale scale)
    {
        var points = new List<SpecialPoint>();
        foreach (var x in SwitchPoints(f.Expression, variable, scale.X))
        {
            if (Classify(f, x, scale) is { } kind) points.Add(new SpecialPoint(x, kind));
        }
        return points;
    }

    /// <summary>Where the argument of each non-smooth call crosses zero, in increasing x, near-duplicates merged.</summary>
    private static List<double> SwitchPoints(Expr expression, string variable, PlotRange range)
    {
        var found = new List<double>();
        foreach (var call in NonSmoothCalls(expression))
        {
            var arguments = call.Arguments.Select(a => new SampledFunction(a, variable)).ToArray();
            found.AddRange(Roots(x => Switch(arguments, x), range));
        }
        found.Sort();
        var merged = new List<double>();
        foreach (var x in found)
        {
            if (merged.Count == 0 || x - merged[^1] > range.Width * 1e-9) merged.Add(x);
        }
        return merged;
    }

    private static double? Switch(SampledFunction[] arguments, double x)
    {
        var values = new double[arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (arguments[i].At(x) is not { } v) return null;
            values[i] = v;
        }
        return KinkSwitch.Value(values);
    }

    /// <summary>The zeros and sign changes of <paramref name="s"/> on a grid over the range, each narrowed by bisection.</summary>
    private static IEnumerable<double> Roots(Func<double, double?> s, PlotRange range)
    {
        double? previous = null;
        var previousX = range.From;
        foreach (var x in range.Grid(CurveSampler.GridIntervals))
        {
            var value = s(x);
            if (value == 0) yield return x;
            else if (value is { } v && previous is { } p && p != 0 && Math.Sign(p) != Math.Sign(v))
                yield return Narrow(s, previousX, x, Math.Sign(v));
            previous = value;
            previousX = x;
        }
    }

    private static double Narrow(Func<double, double?> s, double a, double b, int signAtB)
    {
        while (true)
        {
            var m = Bisection.Middle(a, b);
            if (m == a || m == b) return Math.Abs(s(a) ?? 0) <= Math.Abs(s(b) ?? 0) ? a : b;
            var v = s(m);
            if (v is null || v == 0) return m;
            if (Math.Sign(v.Value) == signAtB) b = m;
            else a = m;
        }
    }

    /// <summary>Kink, jump, or null where the curve is smooth at <paramref name="x"/> (or undefined beside it).</summary>
    private static SpecialKind? Classify(SampledFunction f, double x, ScreenScale scale)
    {
        var delta = scale.X.Width * 1e-7;
        if (f.At(x - delta) is not { } left || f.At(x + delta) is not { } right) return null;
        if (Math.Abs(right - left) > scale.JumpTolerance) return SpecialKind.Jump;
        if (f.At(x) is not { } here) return SpecialKind.Undefined;
        var slopeLeft = (here - left) / delta;
        var slopeRight = (right - here) / delta;
        var size = Math.Max(1, Math.Max(Math.Abs(slopeLeft), Math.Abs(slopeRight)));
        return Math.Abs(slopeRight - slopeLeft) > 1e-3 * size ? SpecialKind.Kink : null;
    }

    /// <summary>Each distinct call of a function with a kink at zero, once (the tree may share subtrees).</summary>
    private static List<Call> NonSmoothCalls(Expr expression)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var calls = new List<Call>();
        Walk(expression);
        return calls;

        void Walk(Expr e)
        {
            StackGuard.Ensure();
            if (!seen.Add(e)) return;
            foreach (var child in e.Children) Walk(child);
            if (e is Call call && KinkSwitch.HasKinkAtZero(call)) calls.Add(call);
        }
    }
}
