using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Whether a value is meaningful in double precision at a point: a formula whose value moves by
/// more than a relative 1e-5 when every coordinate moves by a relative 1e-9 (condition number
/// above 10,000: sin of 1e20, a huge power) gives different answers for mathematically equal
/// trees that merely round differently, so two such values disagreeing says nothing about either
/// tree. The nudge is well above rounding (1e-12 can vanish in a large sum and leave the value on
/// the same step of its staircase) and well below what changes a well-conditioned value.
/// </summary>
public static class Conditioning
{
    private const double Nudge = 1e-9;
    private const double Allowed = 1e-5;

    /// <summary>Whether <paramref name="formula"/>, worth <paramref name="value"/> at <paramref name="point"/>, is ill-conditioned there.</summary>
    public static bool IsIll(Formula formula, IReadOnlyDictionary<string, double> point, double value) =>
        IsIll(moved => ReadBackCheck.Evaluate(formula, moved), point, value);

    /// <summary>The same for a tree; undefined at a nudged point (an evaluation error) counts as ill-conditioned.</summary>
    public static bool IsIll(Expr tree, IReadOnlyDictionary<string, double> point, double value) =>
        IsIll(moved => ValueOf(tree, moved), point, value);

    /// <summary>
    /// Every coordinate moved together, then each alone: moving them together leaves a function of
    /// their ratio where it is (sec(5(x/x2)^80), whose argument is 5e5, input 516445 of seed 2037).
    /// </summary>
    private static bool IsIll(Func<IReadOnlyDictionary<string, double>, double> evaluate, IReadOnlyDictionary<string, double> point, double value)
    {
        foreach (var only in point.Keys.Prepend(null))
        foreach (var sign in (ReadOnlySpan<double>)[1.0, -1.0])
        {
            var factor = 1 + sign * Nudge;
            var moved = point.ToDictionary(c => c.Key, c => only is null || c.Key == only ? c.Value * factor : c.Value, StringComparer.Ordinal);
            if (!Values.Same(evaluate(moved), value, Allowed)) return true;
        }
        return false;
    }

    private static double ValueOf(Expr tree, IReadOnlyDictionary<string, double> point)
    {
        try
        {
            return Evaluator.Evaluate(tree, point);
        }
        catch (EvaluationException)
        {
            return double.NaN;
        }
    }

    /// <summary>Above this, one rounding of a value (|v|·2^-53) is over 1e-6.</summary>
    public const double Huge = 1e10;

    /// <summary>
    /// Above this a part is too large for the Python read-back, whose spellings differ by a
    /// rounding (log(π, 2) for log2(π)): tan(33554432·log2(π) + x) moves by 1e-8 in its argument
    /// and by 7.6e-8 relative in its value.
    /// </summary>
    public const double HugeForSpellings = 1e6;

    /// <summary>
    /// Whether a part of f is so large that one rounding of it is over 1e-6, so that two ways to
    /// the same value (the Python form's log(12, 2) for log2(12); the simplifier's exact
    /// 1e15/w·w = 1e15 against the dual numbers' rounded one) land apart by more than the checks
    /// allow: tan(log2(12)·1e15 + 552x) is then any number, and ∂/∂w of (1e15/w - x)·w comes out
    /// 6.0625 numerically where it is exactly 7.422 - x = 6.0276. Only the constants' roundings
    /// differ, so nudging the variables (<see cref="IsIll"/>) does not show it.
    /// </summary>
    public static bool HasHugePart(Expr f, IReadOnlyDictionary<string, double> point, double huge = Huge) =>
        Parts.Of(f).Any(e => Math.Abs(Parts.Value(e, point)) > huge);

    /// <summary>
    /// Whether a part of f is a subnormal number at the point (below 2.2e-308, where a double keeps
    /// fewer than 16 digits): ln(9e-324·|i|) is a staircase in i, so the central difference sees 0
    /// and the dual numbers lose the value, while the symbolic 1/i is right. Looked at only before
    /// a disagreement is reported (it evaluates every part of f). The Python read-back has the same
    /// trouble: 91·5e-324·1.0155 rounds to 92·5e-324 one way and not the other (input 425170 of seed 2035).
    /// </summary>
    public static bool HasSubnormalPart(Expr f, IReadOnlyDictionary<string, double> values) =>
        Parts.Of(f).Any(e => double.IsSubnormal(Parts.Value(e, values)));
}
