using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>The outcome for one component of an answer.</summary>
internal sealed record ComponentResult(
    ExpectedComponent Expected,
    Expr Reading,
    bool Correct,
    bool Proved,
    Counterexample? Counterexample,
    string? Undefined,
    DiagnosisCode? Diagnosis,
    string? Explanation);
