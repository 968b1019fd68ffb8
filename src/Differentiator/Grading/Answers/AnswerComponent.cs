namespace Differentiator.Grading;

/// <summary>One component of an answer as read, and where its text starts in the answer.</summary>
internal sealed record AnswerComponent(Formula Formula, int Offset);
