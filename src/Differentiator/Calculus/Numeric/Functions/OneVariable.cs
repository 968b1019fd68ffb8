using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>A formula seen as a function of one variable, the others held at a point (a partial function).</summary>
public static class OneVariable
{
    /// <summary>t ↦ f(point with <paramref name="variable"/> = t), evaluated by <see cref="Evaluator"/>.</summary>
    /// <exception cref="ArgumentException">The point gives no value for <paramref name="variable"/>.</exception>
    public static Func<double, double> Along(Expr f, IReadOnlyDictionary<string, double> point, string variable)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(point);
        PointGuard.RequireValue(point, variable);
        var values = new Dictionary<string, double>(point, StringComparer.Ordinal);
        return t =>
        {
            values[variable] = t;
            return Evaluator.Evaluate(f, values);
        };
    }
}
