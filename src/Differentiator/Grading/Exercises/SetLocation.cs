namespace Differentiator.Grading;

/// <summary>A place in an exercise-set file, 1-based like an editor shows it.</summary>
public sealed record SetLocation(string File, int Line, int Column)
{
    /// <summary><c>exercises.yaml:4:15</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
