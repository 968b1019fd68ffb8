using Differentiator.Expressions;

namespace Differentiator.Grading;

/// <summary>What a derivative taken with one mistake gives, the mistake's code, and the sentence that tells the student.</summary>
internal sealed record MalRuleVariant(DiagnosisCode Code, Expr Expression, string Explanation);
