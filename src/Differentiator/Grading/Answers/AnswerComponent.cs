namespace Differentiator.Grading;

/// <summary>One component of an answer as read.</summary>
internal sealed record AnswerComponent(Formula Formula);
