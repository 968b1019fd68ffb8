using System.Globalization;
using System.Text;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>One step size of a sweep.</summary>
/// <param name="Step">h.</param>
/// <param name="Value">The difference quotient at h (NaN where f was undefined).</param>
/// <param name="AbsoluteError">|value − exact|.</param>
/// <param name="RelativeError">|value − exact| / |exact| (the absolute error when exact is 0).</param>
public sealed record StepSweepPoint(double Step, double Value, double AbsoluteError, double RelativeError);

/// <summary>
/// The error of a difference quotient against the exact derivative as h runs from 1e-1 down to
/// 1e-15: truncation error falls with h until round-off (about eps·|f|/h) takes over, the "V" curve
/// on a log-log plot. <see cref="Best"/> is the measured bottom of the V.
/// </summary>
public sealed class StepSweep
{
    private StepSweep(DifferenceScheme scheme, double x, double exact, IReadOnlyList<StepSweepPoint> points)
    {
        Scheme = scheme;
        X = x;
        Exact = exact;
        Points = points;
        Best = points.Where(p => !double.IsNaN(p.AbsoluteError)).MinBy(p => p.AbsoluteError) ?? points[0];
    }

    /// <summary>The quotient swept.</summary>
    public DifferenceScheme Scheme { get; }

    /// <summary>The point.</summary>
    public double X { get; }

    /// <summary>The exact derivative the errors are measured against.</summary>
    public double Exact { get; }

    /// <summary>The steps, largest first.</summary>
    public IReadOnlyList<StepSweepPoint> Points { get; }

    /// <summary>The step with the smallest error.</summary>
    public StepSweepPoint Best { get; }

    /// <summary>The steps 10^-1 … 10^-15, with <paramref name="perDecade"/> points per decade.</summary>
    public static IReadOnlyList<double> DefaultSteps(int perDecade = 1) =>
        [.. Enumerable.Range(0, 14 * perDecade + 1).Select(i => Math.Pow(10, -1 - (double)i / perDecade))];

    /// <summary>Sweeps <paramref name="steps"/> (default <see cref="DefaultSteps"/>).</summary>
    public static StepSweep Run(Func<double, double> f, double x, double exact, DifferenceScheme scheme = DifferenceScheme.Central, IReadOnlyList<double>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        var points = (steps ?? DefaultSteps()).Select(h =>
        {
            double value;
            try { value = FiniteDifference.Of(scheme, f, x, h); }
            catch (EvaluationException) { value = double.NaN; }
            var abs = Math.Abs(value - exact);
            return new StepSweepPoint(h, value, abs, exact == 0 ? abs : abs / Math.Abs(exact));
        }).ToList();
        return new StepSweep(scheme, x, exact, points);
    }

    /// <summary>A text table: h, the quotient, absolute and relative error, the best row marked.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Scheme.Name()} difference {Scheme.Formula()} at x = {NumPyFloatText.Repr(X)}, exact {NumPyFloatText.Repr(Exact)}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"h",-8}  {"value",-24}  {"abs error",-9}  {"rel error",-9}");
        foreach (var p in Points)
        {
            var mark = ReferenceEquals(p, Best) ? "  <- best" : "";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{p.Step,-8:0.0e+00}  {NumPyFloatText.Repr(p.Value),-24}  {p.AbsoluteError,-9:0.0e+00}  {p.RelativeError,-9:0.0e+00}{mark}");
        }
        sb.Append(CultureInfo.InvariantCulture, $"best h = {Best.Step:0.0e+00} (error {Best.AbsoluteError:0.0e+00}); truncation error dominates above it, round-off below.");
        return sb.ToString();
    }
}
