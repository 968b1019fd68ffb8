namespace Differentiator.Grading;

/// <summary>One row of an answers file: who answered which exercise what, and the line it starts on.</summary>
public sealed record AnswerRow(long Line, string Student, string Exercise, string Answer);
