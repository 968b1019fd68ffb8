namespace Differentiator.Grading;

/// <summary>What a grading run reads and writes.</summary>
public sealed record GradingJobOptions
{
    /// <summary>The exercise set (YAML or JSON).</summary>
    public required string ExercisesPath { get; init; }

    /// <summary>The answers (CSV with the header <c>student,exercise,answer</c>).</summary>
    public required string AnswersPath { get; init; }

    /// <summary>The report written to the run's output stream.</summary>
    public GradingOutput Output { get; init; } = GradingOutput.Text;

    /// <summary>Where to write the JSON report as a file, if anywhere.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Where to write the grades as CSV, if anywhere.</summary>
    public string? CsvPath { get; init; }

    /// <summary>Where to write the HTML report, if anywhere.</summary>
    public string? HtmlPath { get; init; }
}

/// <summary>The report a grading run writes to its output stream.</summary>
public enum GradingOutput
{
    /// <summary>The text report (<see cref="TextGradingReport"/>).</summary>
    Text,
    /// <summary>The JSON document (<see cref="GradingJson"/>).</summary>
    Json,
    /// <summary>Nothing.</summary>
    None,
}

/// <summary>How far a run is: rows graded of the rows in the file.</summary>
public readonly record struct GradingProgress(long Rows, long TotalRows);
