using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Tests.Support;

/// <summary>Evaluation that reports "undefined here" as false instead of throwing.</summary>
public static class SafeEvaluation
{
    public static bool TryEvaluate(Expr e, IReadOnlyDictionary<string, double> point, out double value)
    {
        try
        {
            value = e.Evaluate(point);
            return double.IsFinite(value);
        }
        catch (EvaluationException)
        {
            value = double.NaN;
            return false;
        }
    }
}
