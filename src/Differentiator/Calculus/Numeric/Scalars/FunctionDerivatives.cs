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

    /// <summary>The rule for ∂f/∂(argument <paramref name="index"/>) in the variables <c>#0</c>, <c>#1</c>, … (the arguments), and those names.</summary>
    public static (Expr Rule, string[] Names) Rule(MathFunction function, int arity, int index) =>
        Rules.GetOrAdd((function, arity, index), static key =>
        {
            var names = Enumerable.Range(0, key.Item2).Select(i => "#" + i).ToArray();
            return (key.Item1.PartialDerivative([.. names.Select(Expr.Variable)], key.Item3), names);
        });

    /// <summary>∂f/∂(argument <paramref name="index"/>) at <paramref name="arguments"/>; NaN where the rule is undefined.</summary>
    public static double Partial(MathFunction function, double[] arguments, int index)
    {
        var (rule, names) = Rule(function, arguments.Length, index);
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
