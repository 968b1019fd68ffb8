namespace Differentiator.Grading;

/// <summary>What reading an exercise-set file gave: the exercises that are well formed, and the problems of the others.</summary>
public sealed record ExerciseSetReading(ExerciseSet Set, IReadOnlyList<SetProblem> Problems);
