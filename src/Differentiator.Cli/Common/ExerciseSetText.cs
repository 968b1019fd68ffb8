using Differentiator.Grading;

namespace Differentiator.Cli;

/// <summary>What <c>dx grade --check</c> and <c>dx serve --exercises</c> say about an exercise set.</summary>
public static class ExerciseSetText
{
    /// <summary>"1 exercise", "3 exercises".</summary>
    public static string Count(int exercises) => $"{exercises} exercise{(exercises == 1 ? "" : "s")}";

    /// <summary>Writes each problem of a set that failed its check to standard error, with its caret.</summary>
    public static void ReportProblems(CliContext context, ExerciseSetCheck check)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var problem in check.Problems) context.Error.WriteLine(problem.Render());
    }
}
