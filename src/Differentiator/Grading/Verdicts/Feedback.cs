
namespace Differentiator.Grading;

/// <summary>Turns the component results of a read answer into its grade: verdict, score, diagnosis and the feedback text.</summary>
internal static class Feedback
{
    public static AnswerGrade Grade(PreparedExercise exercise, IReadOnlyList<ComponentResult> results, IReadOnlyList<string> warnings)
    {
        var ex = exercise.Exercise;
        var correct = results.Count(r => r.Correct);
        var allCorrect = correct == results.Count;
        var firstWrong = results.FirstOrDefault(r => !r.Correct);
        var score = allCorrect ? ex.Points
            : ex.IsList && ex.PartialCredit && results.Count > 1 ? ex.Points * correct / results.Count
            : 0;
        var text = allCorrect ? CorrectText(exercise, results) : IncorrectText(exercise, results, firstWrong!, correct, score);
        if (warnings.Count > 0) text += " Note: " + string.Join(" ", warnings);
        return new AnswerGrade
        {
            Verdict = allCorrect ? AnswerVerdict.Correct : AnswerVerdict.Incorrect,
            Score = score,
            MaxScore = ex.Points,
            Diagnosis = firstWrong?.Diagnosis,
            Feedback = text,
            Counterexample = firstWrong?.Counterexample,
            Reading = [.. results.Select(r => r.Reading)],
            CorrectComponents = correct,
            Components = results.Count,
        };
    }

    private static string CorrectText(PreparedExercise exercise, IReadOnlyList<ComponentResult> results) =>
        exercise.Exercise.IsValueExercise || results.All(r => r.Proved)
            ? "Correct."
            : $"Correct: your answer agrees with the derivative at all {exercise.SamplePointCount} sample points.";

    private static string IncorrectText(PreparedExercise exercise, IReadOnlyList<ComponentResult> results, ComponentResult wrong, int correct, double score)
    {
        var parts = new List<string>();
        if (results.Count > 1)
        {
            var share = $"{correct} of {results.Count} components are correct";
            parts.Add(score > 0 ? $"{share}, which earns {GradingNumbers.Points(score)} of {GradingNumbers.Points(exercise.Exercise.Points)} points (partial credit)." : share + ".");
            parts.Add($"{wrong.Expected.Label}:");
        }
        parts.Add(wrong.Explanation!);
        parts.Add(PointText(exercise, wrong));
        return string.Join(" ", parts);
    }

    private static string PointText(PreparedExercise exercise, ComponentResult wrong)
    {
        var c = wrong.Counterexample!;
        var (expected, given) = c.Answer is { } a ? GradingNumbers.Distinct(c.Expected, a) : (GradingNumbers.Short(c.Expected), "");
        if (exercise.Exercise.IsValueExercise)
            return c.Answer is not null ? $"The value is {expected}, not {given}." : $"The value is {expected}; your answer has no value: {wrong.Undefined}";
        var at = GradingNumbers.Point(c.Point);
        return c.Answer is not null
            ? $"At {at} the derivative is {expected} and your answer is {given}."
            : $"At {at} the derivative is {expected} but your answer is undefined: {wrong.Undefined}";
    }

}
