using System.Globalization;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>Computes the columns of a <see cref="DerivativeComparison"/> and judges each variable.</summary>
internal sealed class ComparisonAnalysis
{
    private readonly Expr _formula;
    private readonly IReadOnlyList<PointCoordinate> _point;
    private readonly ComparisonOptions _options;
    private readonly Dictionary<string, double> _values;
    private readonly NumericGradientResult? _integerResult;
    private readonly NumericGradientResult? _integerFloatResult;

    public ComparisonAnalysis(Expr formula, IReadOnlyList<PointCoordinate> point, ComparisonOptions options)
    {
        _formula = formula;
        _point = point;
        _options = options;
        _values = point.ToDictionary(c => c.Name, c => c.Value, StringComparer.Ordinal);
        Value = Try(() => Evaluator.Evaluate(formula, _values));
        if (point.All(c => c.IsInteger))
        {
            var f = FormulaFunction.Bind(formula, NameArray.Vector([.. point.Select(c => c.Name)]));
            var x = NdArray.Vector([.. point.Select(c => (long)c.Value)]);
            _integerResult = TryGradient(f, x, GradientDType.LikeInput, options.Delta);
            _integerFloatResult = TryGradient(f, x, GradientDType.Float64, options.Delta);
        }
    }

    public double Value { get; }

    public VariableComparison For(string variable)
    {
        var index = _point.ToList().FindIndex(c => c.Name == variable);
        var x = _values[variable];
        var h = _options.Delta;
        var symbolic = _options.Symbolic?.Invoke(_formula, variable);
        var dual = Try(() => DualDerivative.Partial(_formula, _values, variable));
        var exact = symbolic is null ? dual : Try(() => Evaluator.Evaluate(symbolic, _values));
        var along = OneVariable.Along(_formula, _values, variable);
        var central = Try(() => FiniteDifference.Central(along, x, h));
        return new VariableComparison
        {
            Variable = variable,
            Symbolic = symbolic?.ToString(),
            Exact = exact,
            ExactSource = symbolic is null ? "dual" : "symbolic",
            Central = central,
            IntegerCentral = _integerResult?.Gradient.GetInt64(index),
            IntegerCentralFloatGradient = _integerFloatResult?.Gradient.GetDouble(index),
            ComplexStep = Try(() => ComplexStep.Partial(_formula, _values, variable)),
            Dual = dual,
            Verdict = Judge(variable, index, along, x, exact, central),
            Sweep = _options.Sweep && double.IsFinite(exact) ? StepSweep.Run(along, x, exact) : null,
        };
    }

    private Verdict Judge(string variable, int index, Func<double, double> along, double x, double exact, double central)
    {
        var h = _options.Delta;
        var reasons = new List<DisagreementReason>();
        var lines = new List<string>();
        if (_integerResult is not null)
        {
            reasons.Add(DisagreementReason.IntegerInput);
            var element = $"({index},)";
            lines.AddRange(_integerResult.Warnings.Where(w => w.Element == element).Select(w => w.Message));
            if (lines.Count == 0)
                lines.Add($"{variable} = {R(x)} is an int64 element, so x ± h cannot be stored; the numeric result happens not to show it here. Use a float input ({R(x)}).");
        }
        if (KinkFinder.Find(_formula, _values, variable, h) is { } kink)
        {
            reasons.Add(DisagreementReason.Kink);
            lines.Add($"{kink}; the central difference averages the slopes on the two sides, and the derivative does not exist at the kink.");
        }
        var abs = Math.Abs(central - exact);
        if (!double.IsFinite(exact) || !double.IsFinite(central))
        {
            reasons.Add(DisagreementReason.Pole);
            lines.Add(!double.IsFinite(exact)
                ? $"The derivative is undefined at {variable} = {R(x)} (a pole or the edge of the domain)."
                : $"f is undefined at {variable} = {R(x)} ± {R(h)} (a pole or the edge of the domain), so no difference quotient exists.");
        }
        else if (abs > Verdict.Tolerance * Math.Max(1, Math.Abs(exact)) && !reasons.Contains(DisagreementReason.Kink))
        {
            var (reason, line) = StepDiagnosis(along, x, h, abs);
            reasons.Add(reason);
            lines.Add(line);
        }
        if (reasons.Count == 0)
        {
            lines.Add($"The central difference is within {E(abs)} of the exact value (relative {E(exact == 0 ? abs : abs / Math.Abs(exact))}): " +
                $"at h = {R(h)} its error is truncation (about h²·|f'''|/6) plus round-off (about eps·|f|/h).");
            return new Verdict(true, reasons, string.Join(" ", lines));
        }
        if (double.IsFinite(central) && double.IsFinite(exact) && reasons[0] == DisagreementReason.IntegerInput)
            lines.Add($"With the float input the central difference is {R(central)} (error {E(abs)}).");
        return new Verdict(false, reasons, string.Join(" ", lines));
    }

    /// <summary>Tells truncation error (h too large) from round-off (h too small, or cancellation at a sensible h).</summary>
    private static (DisagreementReason, string) StepDiagnosis(Func<double, double> along, double x, double h, double error)
    {
        var (fHigh, fLow) = (Try(() => along(x + h)), Try(() => along(x - h)));
        var fx = Math.Max(Math.Abs(fHigh), Math.Abs(fLow));
        var roundOff = OptimalStep.Eps * fx / h;
        var truncation = Math.Abs(Try(() => FiniteDifference.Central(along, x, h)) - Try(() => FiniteDifference.Central(along, x, 2 * h))) / 3;
        var optimal = OptimalStep.Central(x);
        if (truncation > roundOff)
            return (DisagreementReason.StepTooLarge,
                $"h = {R(h)} is too large: the truncation error (about {E(truncation)}) dominates; use h ≈ {E(optimal)}, a higher-order stencil, or Richardson extrapolation.");
        if (h < optimal / 10)
            return (DisagreementReason.StepTooSmall,
                $"h = {R(h)} is too small: round-off (about eps·|f|/h = {E(roundOff)}) dominates the error {E(error)}; use h ≈ {E(optimal)}.");
        // f(x+h) and f(x−h) share about −log10(|f(x+h) − f(x−h)| / |f|) leading digits.
        var digits = Math.Max(0, Math.Min(16, (int)Math.Round(-Math.Log10(Math.Max(Math.Abs(fHigh - fLow) / Math.Max(fx, 1e-300), 1e-16)))));
        return (DisagreementReason.Cancellation,
            $"Catastrophic cancellation: f(x ± h) ≈ {E(fx)} agree in about {digits} digits, so their difference keeps only about {16 - digits} significant digits (round-off about {E(roundOff)}); " +
            "the complex step or dual numbers avoid the subtraction.");
    }

    private static NumericGradientResult? TryGradient(IArrayFunction f, NdArray x, GradientDType dtype, double delta)
    {
        try
        {
            return NumericGradient.Compute(f, x, new NumericGradientOptions { GradientDType = dtype, Delta = delta });
        }
        catch (EvaluationException)
        {
            return null;
        }
    }

    private static double Try(Func<double> compute)
    {
        try
        {
            return compute();
        }
        catch (EvaluationException)
        {
            return double.NaN;
        }
    }

    internal static string R(double value) => NumPyFloatText.Repr(value);

    internal static string E(double value) => value.ToString("0.0e+00", CultureInfo.InvariantCulture);
}
