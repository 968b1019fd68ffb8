using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Grading;

/// <summary>Values of an expression at sample points, NaN where it is undefined (outside its domain, a pole, an overflow).</summary>
internal static class PointValues
{
    /// <summary>The value at each point; the expression may use only the points' names.</summary>
    public static double[] Of(Expr expression, SamplePoints points)
    {
        var evaluate = Formula.FromExpression(expression).Compile(points.Names);
        var values = new double[points.Count];
        for (var i = 0; i < values.Length; i++) values[i] = At(evaluate, points.Rows[i]);
        return values;
    }

    /// <summary>The value at one point, NaN where undefined.</summary>
    public static double At(Func<double[], double> evaluate, double[] point)
    {
        try
        {
            var value = evaluate(point);
            return double.IsFinite(value) ? value : double.NaN;
        }
        catch (EvaluationException)
        {
            return double.NaN;
        }
    }

    /// <summary>Why <paramref name="expression"/> is undefined at point <paramref name="index"/>, or null when it is defined.</summary>
    public static string? WhyUndefined(Expr expression, SamplePoints points, int index)
    {
        try
        {
            var value = Evaluator.Evaluate(expression, points.At(index).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
            return double.IsFinite(value) ? null : "it is not a finite number";
        }
        catch (EvaluationException e)
        {
            return e.Message;
        }
    }
}
