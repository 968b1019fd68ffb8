namespace Differentiator.Grading;

/// <summary>
/// Names the mistake behind an incorrect answer component: the first code, in the order of
/// <see cref="DiagnosisCode"/>, whose mal-rule result agrees with the answer at the sample points.
/// </summary>
internal static class Diagnoser
{
    public static (DiagnosisCode Code, string Explanation) Diagnose(PreparedExercise exercise, ExpectedComponent component, Formula answer, double[] answerValues)
    {
        var function = exercise.Exercise.Function.Expression;
        foreach (var code in DiagnosisCodes.All)
        {
            switch (code)
            {
                case DiagnosisCode.Antiderivative:
                    if (!exercise.Exercise.IsValueExercise && IsAntiderivative(exercise, component, answer))
                        return (code, MalRuleExplanations.Antiderivative(function));
                    break;
                case DiagnosisCode.ConstantFactor:
                    if (Matching.ConstantFactor(component.Values, answerValues, component.Agreement) is { } k)
                        return (code, MalRuleExplanations.ConstantFactor(function, GradingNumbers.Ratio(k)));
                    break;
                case DiagnosisCode.Unknown:
                    return (code, MalRuleExplanations.Unknown());
                default:
                    foreach (var variant in component.Variants)
                        if (variant.Variant.Code == code && Matching.Explains(variant.Values, answerValues, component.Agreement))
                            return (code, variant.Variant.Explanation);
                    break;
            }
        }
        return (DiagnosisCode.Unknown, MalRuleExplanations.Unknown());
    }

    /// <summary>The longest answer whose derivative is taken to see whether it is an antiderivative (they are short formulas).</summary>
    private const int MaxAntiderivativeLength = 500;

    private static bool IsAntiderivative(PreparedExercise exercise, ExpectedComponent component, Formula answer)
    {
        if (!answer.Variables.Contains(component.Variable) || answer.Source.Length > MaxAntiderivativeLength) return false;
        var derivative = AnswerBudget.Derivative(answer, component.Variable, exercise.Exercise.Order);
        if (derivative is null) return false;
        var values = PointValues.Of(derivative, exercise.Points);
        return Matching.Explains(values, exercise.FunctionValues, Agreement.For(exercise.Exercise.Tolerance, exercise.FunctionValues));
    }
}
