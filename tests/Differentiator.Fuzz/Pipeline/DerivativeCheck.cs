using Differentiator.Calculus.Numeric;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Judges the symbolic derivatives at a point with the comparison layer's own judgement
/// (<see cref="DerivativeComparison"/>): a partial is wrong only when the verdict disagrees for a
/// reason about the step (h too large, h too small, cancellation) that its own measurements do
/// not bear out: no step of the sweep from 1e-1 to 1e-15 comes within the verdict's tolerance,
/// and the dual numbers (forward mode, exact to rounding) do not agree with the symbolic value
/// either. A kink, a pole or integer input explains a disagreement by itself.
/// </summary>
public static class DerivativeCheck
{
    /// <summary>The agreement asked of the facade's derivative and the dual numbers with the comparison's exact value.</summary>
    public const double ExactTolerance = 1e-9;

    private static readonly DisagreementReason[] Explaining = [DisagreementReason.Kink, DisagreementReason.Pole, DisagreementReason.IntegerInput];

    /// <summary>
    /// Compares each partial of <paramref name="formula"/> at <paramref name="point"/>;
    /// <paramref name="facade"/> holds <c>Formula.Differentiate(v)</c> for each variable. A partial
    /// that is ill-conditioned at the point (<see cref="Conditioning"/>) is not judged.
    /// </summary>
    public static void Run(Formula formula, Point point, IReadOnlyDictionary<string, Formula> facade)
    {
        var (compared, comparison) = Guard.Try("Formula.Compare", () => formula.Compare(point));
        if (!compared || comparison is null) return;
        var values = point.Values;
        foreach (var v in comparison.Variables)
        {
            if (!facade.TryGetValue(v.Variable, out var derivative)) continue;
            var value = ReadBackCheck.Evaluate(derivative, values);
            if (!Values.Same(value, v.Exact, ExactTolerance) && double.IsFinite(value) && double.IsFinite(v.Exact) && !Conditioning.IsIll(derivative, values, value))
                throw Wrong("facade and comparison differ",
                    $"Formula.Differentiate(\"{v.Variable}\") = {Values.Show(value)} but the comparison's symbolic value is {Values.Show(v.Exact)} at {point}");
            if (v.Verdict.Agrees || v.Verdict.Reasons.Any(Explaining.Contains)) continue;
            if (Values.Same(v.Dual, v.Exact, ExactTolerance)) continue;
            var (swept, sweep) = Guard.Try("Formula.Compare --sweep", () => formula.Compare(point, new ComparisonOptions { Sweep = true }));
            if (!swept || sweep is null) continue;
            var best = sweep.Variables.First(s => s.Variable == v.Variable).Sweep?.Best;
            if (best is not null && best.RelativeError <= Verdict.Tolerance) continue;
            if (Conditioning.IsIll(derivative, values, value)) continue;
            throw Wrong("symbolic vs numeric",
                $"∂/∂{v.Variable} at {point}: symbolic {v.Symbolic} = {Values.Show(v.Exact)}, central {Values.Show(v.Central)}, dual {Values.Show(v.Dual)}, " +
                $"complex step {Values.Show(v.ComplexStep)}; best step of the sweep h = {best?.Step:0e0} with relative error {best?.RelativeError:0.0e0}; verdict: {v.Verdict.Summary}");
        }
    }

    private static FailureException Wrong(string signature, string message) => new(new Failure(FindingKind.WrongDerivative, signature, message));
}
