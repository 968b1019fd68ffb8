namespace Differentiator.Grading;

/// <summary>
/// The check of an exercise set (<c>dx grade --check</c>): every function parses, ids are unique,
/// every derivative exists and can be sampled (the domain is not empty), every value exercise's
/// derivative has a value at its point. <see cref="Prepared"/> holds the exercises that passed.
/// </summary>
public sealed record ExerciseSetCheck(ExerciseSet Set, IReadOnlyList<PreparedExercise> Prepared, IReadOnlyList<SetProblem> Problems)
{
    /// <summary>Whether the set has no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Reads and checks the set in <paramref name="text"/>, the contents of <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidInputException">The text is not YAML or JSON.</exception>
    public static ExerciseSetCheck Run(string text, string fileName)
    {
        var reading = ExerciseSetReader.Read(text, fileName);
        var problems = reading.Problems.ToList();
        var prepared = new List<PreparedExercise>();
        foreach (var exercise in reading.Set.Exercises)
        {
            var (ready, problem) = PreparedExercise.TryPrepare(exercise);
            if (ready is not null) prepared.Add(ready);
            if (problem is not null) problems.Add(problem);
        }
        var ordered = problems.OrderBy(p => p.Location.Line).ThenBy(p => p.Location.Column).ToList();
        return new ExerciseSetCheck(reading.Set, prepared, ordered);
    }
}
