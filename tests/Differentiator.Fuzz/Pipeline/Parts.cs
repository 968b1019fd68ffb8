using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>The parts of a tree and their values at a point, for the checks that explain a disagreement.</summary>
public static class Parts
{
    /// <summary>Every distinct node of <paramref name="f"/> once (the tree may share subtrees), without recursion.</summary>
    public static IEnumerable<Expr> Of(Expr f)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>([f]);
        while (stack.TryPop(out var e))
        {
            if (!seen.Add(e)) continue;
            yield return e;
            foreach (var child in e.Children) stack.Push(child);
        }
    }

    /// <summary>The value of <paramref name="e"/> at <paramref name="point"/>; NaN where it is undefined.</summary>
    public static double Value(Expr e, IReadOnlyDictionary<string, double> point)
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

    /// <summary>Why <paramref name="formula"/> is undefined at <paramref name="point"/>; null where it is defined.</summary>
    public static EvaluationException? ErrorAt(Formula formula, IReadOnlyDictionary<string, double> point)
    {
        try
        {
            formula.Evaluate(point);
            return null;
        }
        catch (EvaluationException e)
        {
            return e;
        }
    }
}
