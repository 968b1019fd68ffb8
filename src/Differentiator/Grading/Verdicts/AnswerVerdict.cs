namespace Differentiator.Grading;

/// <summary>What the grader decided about an answer.</summary>
public enum AnswerVerdict
{
    /// <summary>Equal to the derivative: proved by the canonical form, or agreeing at every sample point.</summary>
    Correct,
    /// <summary>Read, but not the derivative: a sample point (the counterexample) tells them apart.</summary>
    Incorrect,
    /// <summary>Not a usable answer: it does not parse, uses a name the function does not have, or has the wrong number of components.</summary>
    Invalid,
}

/// <summary>The names of verdicts as reports write them.</summary>
public static class AnswerVerdicts
{
    /// <summary><c>correct</c>, <c>incorrect</c>, <c>invalid</c>.</summary>
    public static string Name(this AnswerVerdict verdict) => verdict switch
    {
        AnswerVerdict.Correct => "correct",
        AnswerVerdict.Incorrect => "incorrect",
        _ => "invalid",
    };
}
