using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Fuzz.Findings;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Judges the symbolic derivatives at a point with the comparison layer's own judgement
/// (<see cref="DerivativeComparison"/>): a partial is wrong only when the verdict disagrees for a
/// reason about the step (h too large, h too small, cancellation) that its own measurements do
/// not bear out: no step of the sweep from 1e-1 to 1e-15 comes within the verdict's tolerance,
/// and neither the dual numbers (forward mode) nor the complex step (f at x + ih), both exact to
/// rounding where they work, agree with the symbolic value either. A kink, a pole or integer input explains a disagreement by itself, and so does a value
/// beyond the double range (an overflow on the way, or a value at the ends of the range), a
/// subnormal number inside f, and a part of f so large that its rounding is over 1e-6. A product
/// whose running value underflows is judged by its value multiplied without underflow, and a
/// disagreement within the rounding of a sum of f whose terms cancel, or within what doubles make of
/// f's constant parts, or where a sum of f is 0 in only one of exact arithmetic and doubles, is not one.
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
            if (Values.Same(v.Dual, v.Exact, ExactTolerance) || Values.Same(v.ComplexStep, v.Exact, ExactTolerance)) continue;
            if (CancelsToNoise(derivative, values, v.Exact, v.Dual) || WithinTheRoundingOfACancellingSum(formula.Expression, values, v.Exact, v.Dual)
                || WithinTheRoundingOfACancellingSum(derivative.Expression, values, v.Exact, v.Dual)
                || WithinWhatTheRoundingOfASumOfFMovesTheDerivative(formula.Expression, derivative, values, v.Exact, v.Dual)
                || WithinWhatDoublesMakeOfTheConstantPartsOfF(formula.Expression, v.Variable, values, v.Exact, v.Dual)
                || ASumOfFIsZeroInOnlyOneArithmetic(formula.Expression, values)
                || AFunctionOfFIsAtASingularityOnlyInDoubles(formula.Expression, values, v.Exact, v.Dual)) continue;
            if (BeyondDoubles(v.Exact, v.Dual, v.Central) || BreaksDoubles(derivative, values, comparison.Value)
                || PowerRuleLogOutsideItsDomain(formula.Expression, derivative, values) || RightWithoutUnderflow(derivative, values, v.Dual, v.ComplexStep)) continue;
            var (swept, sweep) = Guard.Try("Formula.Compare --sweep", () => formula.Compare(point, new ComparisonOptions { Sweep = true }));
            if (!swept || sweep is null) continue;
            var best = sweep.Variables.First(s => s.Variable == v.Variable).Sweep?.Best;
            if (best is not null && best.RelativeError <= Verdict.Tolerance) continue;
            if (Conditioning.IsIll(derivative, values, value) || Conditioning.HasSubnormalPart(formula.Expression, values) || Conditioning.HasHugePart(formula.Expression, values)) continue;
            throw Wrong("symbolic vs numeric",
                $"∂/∂{v.Variable} at {point}: symbolic {v.Symbolic} = {Values.Show(v.Exact)}, central {Values.Show(v.Central)}, dual {Values.Show(v.Dual)}, " +
                $"complex step {Values.Show(v.ComplexStep)}; best step of the sweep h = {best?.Step:0e0} with relative error {best?.RelativeError:0.0e0}; verdict: {v.Verdict.Summary}");
        }
    }

    /// <summary>
    /// Whether the derivative lies at the edges of the double range, where the numeric methods
    /// overflow or underflow on the way (f(x ± h), products with 1e308): no method gives a finite
    /// value (d/dx of 1e308·21e·x, where the evaluator says "undefined" for the overflow and the
    /// numeric columns say ∞), or the exact value is within 1e18 of the largest or the smallest
    /// normal double (d/dx of 1e-307·cos(18.6x), where the central difference underflows to 0).
    /// There is nothing to judge either method against.
    /// </summary>
    private static bool BeyondDoubles(double exact, double dual, double central) =>
        !double.IsFinite(exact) ? !double.IsFinite(dual) && !double.IsFinite(central)
        : exact != 0 && (Math.Abs(exact) < 1e-290 || Math.Abs(exact) > 1e290);

    /// <summary>
    /// Whether evaluating the symbolic derivative stops on an intermediate that overflows a double
    /// (alone, or met by a 0 or the opposite infinity) or on a division by a zero that underflow
    /// made, where f itself is defined (the evaluator
    /// reports both instead of going on with ∞ or 0/0): -3226/w^3227 at w = 1.5 is a tiny number
    /// whose denominator is beyond doubles; the derivative of cbrt(sigmoid(-999x)) at 0.77 divides
    /// by cbrt(e^-770)², which rounds to 0. The numeric methods say 0 in both. The derivative is not
    /// wrong; its value is out of reach of double precision. (The coordinates are never whole, so a
    /// true zero of a denominator where f is finite is a pole the verdict names.)
    /// </summary>
    private static bool BreaksDoubles(Formula derivative, IReadOnlyDictionary<string, double> values, double f) =>
        Parts.ErrorAt(derivative, values) switch
        {
            { Kind: EvaluationErrorKind.Overflow } => true,
            // Every operand is finite, so a sum or a product is undefined only when its running
            // value overflowed and met a 0 or the opposite infinity: 3·1e308·x^1e308 at x = 0.35.
            { Kind: EvaluationErrorKind.Domain, Subexpression: Sum or Product } => true,
            { Kind: EvaluationErrorKind.DivisionByZero } => double.IsFinite(f),
            _ => false,
        };

    /// <summary>
    /// Whether the symbolic value is lost to a product whose running value underflowed on the way
    /// (<see cref="RunningProducts"/>: −0 for a product of 26 powers that is −513.12) and, multiplied
    /// without underflow, agrees with the dual numbers or the complex step to 1e-9. The derivative is
    /// still judged, by that value: a wrong one disagrees with the numeric methods there too.
    /// </summary>
    private static bool RightWithoutUnderflow(Formula derivative, IReadOnlyDictionary<string, double> values, double dual, double complexStep)
    {
        if (!RunningProducts.Underflow(derivative.Expression, values)) return false;
        var value = RunningProducts.ValueWithoutUnderflow(derivative.Expression, values);
        return Values.Same(value, dual, ExactTolerance) || Values.Same(value, complexStep, ExactTolerance);
    }

    /// <summary>
    /// Whether the symbolic derivative is undefined only through the power rule's ln(b) at a base
    /// b ≤ 0 of f (f = b^g is defined there: g is a whole number, or b = 0 and g > 0): the textbook
    /// b^g·(g′·ln b + g·b′/b), as SymPy writes it too, has ln b times a g′ that is 0 at the point
    /// (∂/∂Δ of (36x)^max(8, -Δ) at x = -2.99; ∂/∂x of relu(e·x1 - 18)^max(x, -z) where the relu
    /// is 0), and ln b is undefined in the reals. Where g′ is not 0, f is undefined beside the
    /// point (or b^g is 0 on one side only) and the verdict names no derivative to get wrong.
    /// </summary>
    private static bool PowerRuleLogOutsideItsDomain(Expr f, Formula derivative, IReadOnlyDictionary<string, double> values)
    {
        if (Parts.ErrorAt(derivative, values) is not { Kind: EvaluationErrorKind.Domain, Subexpression: Call { Function: var ln, Arguments: [var b] } } || ln != MathFunctions.Ln)
            return false;
        var @base = Parts.Value(b, values);
        // f's base may be spelled otherwise (x·35 + x for 36x), so the bases are matched by value.
        return @base <= 0 && Parts.Of(f).OfType<Power>().Any(p => Values.Same(Parts.Value(p.Base, values), @base, ExactTolerance));
    }

    /// <summary>
    /// Whether the symbolic derivative is a sum whose terms cancel and the dual numbers agree with it
    /// to within the terms' rounding (1e-12 of their sizes): ∂/∂x of (π|x|)²/(ln(y)^8 |x|²), constant
    /// in x, is two terms of 1e8 that differ by 1.5e-8 where the dual numbers give 1.2e-8; ∂/∂y of
    /// (t y/2.98e-8 - x - t)/y is terms of 1e7 that leave 0.58013508097 against the dual numbers'
    /// 0.58013508292. Neither value is a wrong derivative.
    /// </summary>
    private static bool CancelsToNoise(Formula derivative, IReadOnlyDictionary<string, double> values, double exact, double dual)
    {
        if (derivative.Expression is not Sum sum) return false;
        var scale = 0.0;
        foreach (var term in sum.Terms) scale += Math.Abs(Parts.Value(term, values));
        var noise = 1e-12 * scale;
        return double.IsFinite(scale) && Math.Abs(dual - exact) <= noise;
    }

    /// <summary>
    /// Whether the disagreement is within what one rounding of a sum of f does to the derivative.
    /// A sum is known in doubles only to about n·2^-53·Σ|terms| (absolute), and inside a function of a
    /// large argument that moves the derivative far more than the sum's own relative rounding:
    /// csc(x + 9^8·e·e) at x = −2.3296 (input 19780 of seed 2032) has the argument 3.2e8, whose e²
    /// computed as exp(2) or as e·e lands one rounding (6e-8) apart, and the derivative 3.9e-7 apart
    /// relative. Moving each coordinate by that rounding shows how far the derivative moves with it;
    /// a disagreement within twice that is not judged.
    /// </summary>
    private static bool WithinWhatTheRoundingOfASumOfFMovesTheDerivative(Expr f, Formula derivative, IReadOnlyDictionary<string, double> values, double exact, double dual)
    {
        var rounding = 0.0;
        foreach (var part in Parts.Of(f))
        {
            if (part is not Sum sum) continue;
            var terms = 0.0;
            foreach (var t in sum.Terms) terms += Math.Abs(Parts.Value(t, values));
            if (double.IsFinite(terms)) rounding = Math.Max(rounding, sum.Terms.Count * Math.ScaleB(1, -53) * terms);
        }
        if (rounding == 0 || !double.IsFinite(exact) || !double.IsFinite(dual)) return false;
        var spread = 0.0;
        foreach (var name in values.Keys)
        foreach (var sign in (ReadOnlySpan<double>)[1.0, -1.0])
        {
            var moved = values.ToDictionary(c => c.Key, c => c.Key == name ? c.Value + sign * rounding : c.Value, StringComparer.Ordinal);
            var value = ReadBackCheck.Evaluate(derivative, moved);
            if (!double.IsFinite(value)) return false;
            spread = Math.Max(spread, Math.Abs(value - exact));
        }
        return Math.Abs(dual - exact) <= 2 * spread;
    }

    /// <summary>
    /// Whether the disagreement is what doubles make of f's constant parts. The simplifier folds a
    /// constant part exactly (sqrt(8)^22 = 8^11 = 8589934592) where evaluation in doubles, on which the
    /// numeric methods build, gets another number (Math.Pow(2.8284271247461903, 22) = 8589934592.000013),
    /// and inside csc² that moves ∂/∂z of csc²(sqrt(8)^22)·z by 1.9e-5 relative (input 131819 of seed
    /// 2034; the symbolic 1.48917176815486 is right to 16 digits). With every constant part replaced by
    /// its value in doubles, the derivative agrees with the dual numbers to 1e-9, and the disagreement is
    /// within twice how far that moved the exact value: not judged. A wrong derivative is still found.
    /// </summary>
    private static bool WithinWhatDoublesMakeOfTheConstantPartsOfF(Expr f, string variable, IReadOnlyDictionary<string, double> values, double exact, double dual)
    {
        // Top-down, so each constant part is replaced whole (csc(sqrt(8)^22)^2, not its pieces).
        var asDoubles = ExprWalk.Rewrite(f, e =>
            e.Children.Count > 0 && Formula.FromExpression(e).Variables.Count == 0 && Parts.Value(e, values) is var v && double.IsFinite(v) ? Expr.Decimal(v) : null);
        if (ReferenceEquals(asDoubles, f) || !double.IsFinite(exact) || !double.IsFinite(dual)) return false;
        var (ok, derivative) = Guard.Try("Differentiate f with its constants as doubles", () => Formula.FromExpression(asDoubles).Differentiate(variable));
        if (!ok || derivative is null) return false;
        var value = ReadBackCheck.Evaluate(derivative, values);
        return double.IsFinite(value) && Values.Same(value, dual, ExactTolerance) && Math.Abs(dual - exact) <= 2 * Math.Abs(value - exact);
    }

    /// <summary>
    /// Whether a sum of f is 0 in one arithmetic and not in the other, so that the numeric methods
    /// differentiate another function and nothing is left to judge the derivative against.
    /// (x1/x)^-49 + y + -y at x1 = 2.9555, x = 1.1203, y = -2.2597 is 2.4e-21, but in doubles y + 2.4e-21
    /// rounds to y and the sum is 0, so the fourth root of it has the central difference 0 and the dual
    /// numbers −∞, while the simplifier cancels y + -y exactly (inputs 415586 and 906071 of seed 2034);
    /// -e/e·x + x is exactly 0, so ln of it is undefined everywhere, but e·(1/e) is not 1 in doubles and
    /// the numeric methods differentiate ln of the rounding (input 603714 of seed 2035).
    /// </summary>
    private static bool ASumOfFIsZeroInOnlyOneArithmetic(Expr f, IReadOnlyDictionary<string, double> values) =>
        Parts.Of(f).OfType<Sum>().Any(sum => Parts.Value(sum, values) is var inDoubles && !double.IsNaN(inDoubles)
            && Guard.Try("Simplify a sum of f", () => Simplifier.Simplify(sum)) is (true, { } exact)
            && Parts.Value(exact, values) is var value && !double.IsNaN(value) && (inDoubles == 0) != (value == 0));

    /// <summary>
    /// Whether the dual numbers are undefined because a function of f has its argument, in doubles, where
    /// the function's own derivative is singular, while the symbolic derivative is finite: asin((x + 1)^1e-15)
    /// at x = −0.0491 has the argument 1 − 5e-17, which rounds to 1, where asin′ = 1/sqrt(1 − u²) is
    /// undefined; f is π/2 in doubles all around the point (central difference 0), and the symbolic
    /// 1e-15/(sqrt(1 − (x + 1)^2e-15)·(x + 1)^0.999999999999999) computes 1 − u² apart, as 1.1e-16
    /// (input 2049370 of seed 2036). No numeric method has a value to judge against.
    /// </summary>
    private static bool AFunctionOfFIsAtASingularityOnlyInDoubles(Expr f, IReadOnlyDictionary<string, double> values, double exact, double dual) =>
        double.IsFinite(exact) && !double.IsFinite(dual) && Parts.Of(f).OfType<Call>().Any(call =>
        {
            var arguments = call.Arguments.Select(a => (Expr)Expr.Decimal(Parts.Value(a, values))).ToArray();
            if (arguments.Any(a => !double.IsFinite(((Real)a).Value))) return false;
            return Enumerable.Range(0, arguments.Length).Any(i =>
                Guard.Try("the function's derivative at its argument", () => call.Function.PartialDerivative(arguments, i)) is (true, { } partial)
                && !double.IsFinite(Parts.Value(partial, values)));
        });

    /// <summary>
    /// Whether f (or its derivative) has a sum whose terms cancel at the point, so that its value in doubles (on which the
    /// dual numbers and the complex step build) is off by up to n·2^-53·Σ|terms| relative to a much
    /// smaller value, and the dual numbers agree with the symbolic value to within that relative
    /// rounding: input 720391 of seed 2031, cbrt(sqrt(x)^60·π·π + -x + x) at x = 0.3489, whose sum
    /// is 1.9e-13 made of terms of 0.35 (relative rounding 1.2e-3); the simplifier cancels -x + x
    /// exactly and its 10π^(2/3)x^9 = 0.00164339504613 is right to 16 digits, the dual numbers and the
    /// complex step say 0.00164334348366. The same holds for a sum of the derivative, whose value in
    /// doubles is the symbolic value: input 908361 of seed 2035 has sqrt(1 - x2^5.96e-8) at x2 = 0.9934,
    /// a sum of 3.9e-10 made of terms of 1 (relative rounding 1.1e-6), and the symbolic value and the
    /// dual numbers 1.4e-7 apart. A derivative wrong by more than that rounding is still found.
    /// </summary>
    private static bool WithinTheRoundingOfACancellingSum(Expr f, IReadOnlyDictionary<string, double> values, double exact, double dual)
    {
        var rounding = 0.0;
        foreach (var part in Parts.Of(f))
        {
            if (part is not Sum sum) continue;
            var value = Math.Abs(Parts.Value(sum, values));
            var terms = 0.0;
            foreach (var t in sum.Terms) terms += Math.Abs(Parts.Value(t, values));
            if (value == 0 || !double.IsFinite(value) || !double.IsFinite(terms)) continue;
            rounding = Math.Max(rounding, sum.Terms.Count * Math.ScaleB(1, -53) * terms / value);
        }
        return rounding > ExactTolerance && Math.Abs(dual - exact) <= rounding * Math.Max(Math.Abs(exact), Math.Abs(dual));
    }

    private static FailureException Wrong(string signature, string message) => new(new Failure(FindingKind.WrongDerivative, signature, message));
}
