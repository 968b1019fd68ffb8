namespace Differentiator.Grading;

/// <summary>A titled list of exercises, as read from a YAML or JSON file.</summary>
public sealed record ExerciseSet(string Title, IReadOnlyList<Exercise> Exercises);
