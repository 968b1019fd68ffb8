namespace Differentiator.Grading;

/// <summary>An answer row with its grade, and the prepared exercise it was graded against.</summary>
public sealed record GradedAnswer(AnswerRow Row, PreparedExercise Exercise, AnswerGrade Grade);
