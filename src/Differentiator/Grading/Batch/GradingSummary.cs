namespace Differentiator.Grading;

/// <summary>A student's total: the points of the last answer to each exercise, of the points of the whole set.</summary>
public sealed record StudentTotal(string Student, double Score, double Max, IReadOnlyList<AnswerGrade?> LastGrades);

/// <summary>How an exercise went: the number of answers of each verdict, and of each diagnosis.</summary>
public sealed record ExerciseTotal(PreparedExercise Exercise, int Correct, int Incorrect, int Invalid, IReadOnlyList<KeyValuePair<DiagnosisCode, int>> Diagnoses);

/// <summary>The totals of a run, per student (in order of first answer) and per exercise (in the set's order).</summary>
public sealed record GradingSummary(string Title, long Answers, IReadOnlyList<StudentTotal> Students, IReadOnlyList<ExerciseTotal> Exercises);
