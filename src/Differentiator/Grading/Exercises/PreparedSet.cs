namespace Differentiator.Grading;

/// <summary>An exercise set every exercise of which is ready to grade answers.</summary>
public sealed class PreparedSet
{
    private readonly Dictionary<string, int> _index;

    private PreparedSet(string title, IReadOnlyList<PreparedExercise> exercises)
    {
        Title = title;
        Exercises = exercises;
        _index = exercises.Select((e, i) => (e.Exercise.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The set's title.</summary>
    public string Title { get; }

    /// <summary>The exercises, in the file's order.</summary>
    public IReadOnlyList<PreparedExercise> Exercises { get; }

    /// <summary>The position of the exercise with id <paramref name="id"/>, or −1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Reads, checks and prepares the set in <paramref name="text"/>, the contents of <paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidInputException">The set has a problem (the first is reported, with how many more there are).</exception>
    public static PreparedSet Load(string text, string fileName)
    {
        var check = ExerciseSetCheck.Run(text, fileName);
        if (!check.IsValid) throw check.Problems[0].ToException(check.Problems.Count - 1);
        return From(check);
    }

    /// <summary>The set a check found no problem in, without preparing it again.</summary>
    /// <exception cref="ArgumentException">The check found problems.</exception>
    public static PreparedSet From(ExerciseSetCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsValid) throw new ArgumentException("The set has problems; only a valid set can be prepared.", nameof(check));
        return new PreparedSet(check.Set.Title, check.Prepared);
    }
}
