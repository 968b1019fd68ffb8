using Differentiator.Expressions;
using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Grading;

/// <summary>
/// Grades one answer to a prepared exercise: read it (invalid with a caret when it cannot be
/// used), then for each component the proof (canonical forms identical) or the evidence (values
/// at every sample point where the answer is defined), the score, and the mistake that explains an
/// incorrect answer. Whatever the answer, it ends in a grade with a message: limits of size, depth
/// and work turn into an invalid or incorrect verdict, never an exception.
/// </summary>
public static class AnswerGrader
{
    /// <summary>Grades <paramref name="answer"/>.</summary>
    public static AnswerGrade Grade(PreparedExercise exercise, string answer)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(answer);
        try
        {
            return GradeRead(exercise, answer);
        }
        catch (Exception e) when (e is ExpressionTooDeepException or InsufficientExecutionStackException)
        {
            return Invalid(exercise, new ErrorReport(DiagnosticCodes.TooDeep, $"The answer is too deeply nested to check: {e.Message}"));
        }
    }

    private static AnswerGrade GradeRead(PreparedExercise exercise, string answer)
    {
        var (components, error) = AnswerReader.Read(answer, exercise);
        if (error is not null) return Invalid(exercise, error);
        var results = components!.Select((c, i) => Check(exercise, exercise.Components[i], c.Formula)).ToList();
        // xy read as x·y is how students write products; the other readings are worth a note.
        var warnings = components!.SelectMany(c => c.Formula.Warnings).Where(w => w.Code != DiagnosticCodes.SplitName).Select(w => w.Message).Distinct().ToList();
        return Feedback.Grade(exercise, results, warnings);
    }

    private static AnswerGrade Invalid(PreparedExercise exercise, ErrorReport error) => new()
    {
        Verdict = AnswerVerdict.Invalid,
        Score = 0,
        MaxScore = exercise.Exercise.Points,
        Feedback = error.Render(),
        Error = error,
        Components = exercise.Components.Count,
    };

    private static ComponentResult Check(PreparedExercise exercise, ExpectedComponent expected, Formula answer)
    {
        var values = PointValues.Of(answer.Expression, exercise.Points);
        var defined = values.Count(v => !double.IsNaN(v));
        if (defined > 0 && !exercise.Exercise.IsValueExercise && AnswerBudget.Canonical(answer.Expression) is { } canonical && canonical.Equals(expected.Canonical))
            return new ComponentResult(expected, answer.Expression, true, true, null, null, null, null);

        var needed = exercise.Exercise.IsValueExercise ? 1 : DomainSampler.MinimumPoints;
        var at = defined < Math.Min(needed, values.Length)
            ? Array.FindIndex(values, double.IsNaN)
            : Matching.FirstDisagreement(expected.Values, values, expected.Agreement);
        if (at < 0) return new ComponentResult(expected, answer.Expression, true, false, null, null, null, null);

        var point = exercise.Points.At(at);
        var answerValue = double.IsNaN(values[at]) ? (double?)null : values[at];
        var undefined = answerValue is null ? PointValues.WhyUndefined(answer.Expression, exercise.Points, at) ?? "it is undefined there" : null;
        var (code, explanation) = Diagnoser.Diagnose(exercise, expected, answer, values);
        return new ComponentResult(expected, answer.Expression, false, false, new Counterexample(point, expected.Values[at], answerValue), undefined, code, explanation);
    }
}
