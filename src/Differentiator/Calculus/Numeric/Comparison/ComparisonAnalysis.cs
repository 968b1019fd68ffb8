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
        var complexStep = Try(() => ComplexStep.Partial(_formula, _values, variable));
        var doubts = Doubts(variable, along, x, exact, central, complexStep, dual);
        return new VariableComparison
        {
            Variable = variable,
            Symbolic = symbolic?.ToString(),
            Exact = exact,
            ExactSource = symbolic is null ? "dual" : "symbolic",
            Central = central,
            IntegerCentral = _integerResult?.Gradient.GetInt64(index),
            IntegerCentralFloatGradient = _integerFloatResult?.Gradient.GetDouble(index),
            ComplexStep = complexStep,
            Dual = dual,
            Doubts = doubts,
            Verdict = Judge(variable, index, along, x, exact, central, doubts),
            Sweep = _options.Sweep && double.IsFinite(exact) ? StepSweep.Run(along, x, exact) : null,
        };
    }

    /// <summary>
    /// The columns not to read as derivatives. Where f is defined but its derivative is not (the
    /// edge of the domain, a vertical tangent), none is: the complex step evaluates f off the real
    /// axis and finds a number anyway. Where f is undefined within h on one side, the central
    /// difference is. Elsewhere a complex step or dual value far from the finite exact one broke down.
    /// </summary>
    private List<ColumnDoubt> Doubts(string variable, Func<double, double> along, double x, double exact, double central, double complexStep, double dual)
    {
        var doubts = new List<ColumnDoubt>();
        if (!double.IsFinite(Value)) return doubts;
        if (!double.IsFinite(exact))
        {
            var reason = $"f is defined at {variable} = {R(x)} but its derivative is not, so no numeric value there is a derivative.";
            doubts.Add(new(NumericColumn.Central, central, reason));
            doubts.Add(new(NumericColumn.ComplexStep, complexStep, reason));
            doubts.Add(new(NumericColumn.Dual, dual, reason));
            return doubts;
        }
        if (!double.IsFinite(central) && OneSide(variable, along, x) is { } side)
            doubts.Add(new(NumericColumn.Central, central, $"f is undefined at {side}, so the central difference straddles the edge of the domain."));
        if (BrokeDown(complexStep, exact))
            doubts.Add(new(NumericColumn.ComplexStep, complexStep,
                $"{R(complexStep)} is far from the exact {R(exact)}: the complex arithmetic overflowed or lost its precision (or the step {R(ComplexStep.DefaultStep)} is not small beside {variable})."));
        if (BrokeDown(dual, exact))
            doubts.Add(new(NumericColumn.Dual, dual, $"{R(dual)} is far from the exact {R(exact)}: the dual-number arithmetic overflowed or lost its precision."));
        return doubts;
    }

    /// <summary><c>x - h = …</c> or <c>x + h = …</c>: the side within h where f is undefined, or null.</summary>
    private string? OneSide(string variable, Func<double, double> along, double x)
    {
        var h = _options.Delta;
        if (!double.IsFinite(Try(() => along(x - h)))) return $"{variable} - h = {R(x - h)}";
        if (!double.IsFinite(Try(() => along(x + h)))) return $"{variable} + h = {R(x + h)}";
        return null;
    }

    private static bool BrokeDown(double value, double exact) =>
        !double.IsFinite(value) || Verdict.Differs(value, exact);

    private Verdict Judge(string variable, int index, Func<double, double> along, double x, double exact, double central, IReadOnlyList<ColumnDoubt> doubts)
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
        if (!double.IsFinite(Value))
        {
            reasons.Add(DisagreementReason.Pole);
            lines.Add($"f is undefined at {variable} = {R(x)} (a pole or outside its domain), so it has no derivative there.");
        }
        else if (!double.IsFinite(exact))
        {
            reasons.Add(DisagreementReason.Boundary);
            lines.Add($"f is defined at {variable} = {R(x)} but its derivative is not (the edge of the domain or a vertical tangent): " +
                "the central difference, the complex step and the dual numbers are not to be trusted here, whatever numbers they show.");
        }
        else if (!double.IsFinite(central))
        {
            reasons.Add(DisagreementReason.Boundary);
            lines.Add(doubts.FirstOrDefault(d => d.Column == NumericColumn.Central) is { } side
                ? $"{side.Reason} The derivative is defined; use a one-sided difference or a smaller h."
                : $"The central difference is undefined at {variable} = {R(x)} ± {R(h)}.");
        }
        else if (Verdict.Differs(central, exact) && !reasons.Contains(DisagreementReason.Kink))
        {
            var (reason, line) = StepDiagnosis(along, x, h, abs);
            reasons.Add(reason);
            lines.Add(line);
        }
        var failures = doubts.Where(d => d.Column != NumericColumn.Central && double.IsFinite(exact)).ToList();
        if (failures.Count > 0)
        {
            reasons.Add(DisagreementReason.MethodFailure);
            lines.AddRange(failures.Select(d => $"The {(d.Column == NumericColumn.Dual ? "dual-number" : "complex-step")} value is not to be trusted: {d.Reason}"));
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
