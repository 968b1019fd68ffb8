using System.Collections.Concurrent;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The value of a function's partial derivative at given arguments, from the row's symbolic rule
/// (<see cref="MathFunction.PartialDerivative"/>) built once per function, argument count and index.
/// </summary>
internal static class FunctionDerivatives
{
    private static readonly ConcurrentDictionary<(MathFunction, int, int), (Expr Rule, string[] Names)> Rules = new();

    /// <summary>∂f/∂(argument <paramref name="index"/>) at <paramref name="arguments"/>; NaN where the rule is undefined.</summary>
    public static double Partial(MathFunction function, double[] arguments, int index)
    {
        var (rule, names) = Rules.GetOrAdd((function, arguments.Length, index), static key =>
        {
            var names = Enumerable.Range(0, key.Item2).Select(i => "#" + i).ToArray();
            return (key.Item1.PartialDerivative([.. names.Select(Expr.Variable)], key.Item3), names);
        });
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) values[names[i]] = arguments[i];
        try
        {
            return Evaluator.Evaluate(rule, values);
        }
        catch (EvaluationException)
        {
            return double.NaN;
        }
    }
}
