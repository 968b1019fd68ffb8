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
    public static bool IsIll(Formula formula, IReadOnlyDictionary<string, double> point, double value)
    {
        foreach (var sign in new[] { 1.0, -1.0 })
        {
            var moved = point.ToDictionary(c => c.Key, c => c.Value * (1 + sign * Nudge), StringComparer.Ordinal);
            if (!Values.Same(ReadBackCheck.Evaluate(formula, moved), value, Allowed)) return true;
        }
        return false;
    }

    /// <summary>Above this, one rounding of a function's argument (|a|·2^-53) is over 1e-6.</summary>
    private const double HugeArgument = 1e10;

    /// <summary>
    /// Whether f calls a function at an argument so large that two spellings of the same value
    /// (the Python form's log(12, 2) for log2(12)) may round it apart by more than 1e-6:
    /// tan(log2(12)·1e15 + 552x) is then any number. Only the constants differ, so nudging the
    /// variables (<see cref="IsIll"/>) does not show it.
    /// </summary>
    public static bool HasHugeArgument(Expr f, IReadOnlyDictionary<string, double> point)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>([f]);
        while (stack.TryPop(out var e))
        {
            if (!seen.Add(e)) continue;
            foreach (var child in e.Children) stack.Push(child);
            if (e is Call call && call.Arguments.Any(a => Math.Abs(ValueOf(a, point)) > HugeArgument)) return true;
        }
        return false;
    }

    private static double ValueOf(Expr e, IReadOnlyDictionary<string, double> point)
    {
        try
        {
            return Evaluator.Evaluate(e, point);
        }
        catch (EvaluationException)
        {
            return double.NaN;
        }
    }
}
