using Differentiator.Reports;

namespace Differentiator.Grading;

/// <summary>
/// Something wrong with an exercise set: where in the file, which exercise, and the error (with the
/// formula and a caret under the problem when it is inside a function's text).
/// </summary>
public sealed record SetProblem(SetLocation Location, string? ExerciseId, ErrorReport Error)
{
    /// <summary><c>exercises.yaml:4:15: exercise p3-dx: error DX0008 at 4: …</c> and the caret lines.</summary>
    public string Render() => $"{Location}: {(ExerciseId is null ? "" : $"exercise {ExerciseId}: ")}{Error.Render()}";

    /// <summary>The problem as one user error (for a run that cannot start because of it).</summary>
    public InvalidInputException ToException(int more = 0) => new(
        $"{Location}: {(ExerciseId is null ? "" : $"exercise {ExerciseId}: ")}{Error.Message}"
            + (more > 0 ? $" ({more} more problem{(more == 1 ? "" : "s")}; 'dx grade --check' lists them all)" : ""),
        Error.Code, Error.Input, Error.Span);
}
