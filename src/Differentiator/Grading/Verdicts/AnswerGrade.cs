using Differentiator.Expressions;
using Differentiator.Reports;

namespace Differentiator.Grading;

/// <summary>
/// The grade of one answer: the verdict, the points earned of the points possible, the diagnosis of
/// an incorrect answer, feedback for the student, the counterexample, and the answer as it was read
/// (one expression per component; empty when invalid), or the error that made it invalid.
/// </summary>
public sealed record AnswerGrade
{
    /// <summary>Correct, incorrect or invalid.</summary>
    public required AnswerVerdict Verdict { get; init; }

    /// <summary>The points earned (a list answer may earn the share of its correct components).</summary>
    public required double Score { get; init; }

    /// <summary>The points the exercise is worth.</summary>
    public required double MaxScore { get; init; }

    /// <summary>The mistake that explains an incorrect answer; null otherwise.</summary>
    public DiagnosisCode? Diagnosis { get; init; }

    /// <summary>What the student reads: why it is correct, the mistake and the point that shows it, or the caret diagnostic.</summary>
    public required string Feedback { get; init; }

    /// <summary>Where an incorrect answer and the derivative differ; null otherwise.</summary>
    public Counterexample? Counterexample { get; init; }

    /// <summary>The answer's components as they were read; empty for an invalid answer.</summary>
    public IReadOnlyList<Expr> Reading { get; init; } = [];

    /// <summary>Why an invalid answer is invalid, with the answer and a caret span.</summary>
    public ErrorReport? Error { get; init; }

    /// <summary>How many components the answer has right (1 of 1 for a correct formula).</summary>
    public int CorrectComponents { get; init; }

    /// <summary>How many components the answer has.</summary>
    public int Components { get; init; } = 1;
}
