namespace Differentiator.Calculus.Numeric;

/// <summary>Why a numeric derivative disagrees with the exact one.</summary>
public enum DisagreementReason
{
    /// <summary>The input is int64, so x ± h was truncated (the lecture's Problem 5).</summary>
    IntegerInput,
    /// <summary>A kink or jump (abs, relu, step, sign, max, min) at the point or within h of it.</summary>
    Kink,
    /// <summary>The function or its derivative is undefined at or near the point.</summary>
    Pole,
    /// <summary>f(x+h) and f(x−h) share most of their digits: the difference is mostly round-off.</summary>
    Cancellation,
    /// <summary>h is so small that round-off dominates.</summary>
    StepTooSmall,
    /// <summary>h is so large that truncation error dominates.</summary>
    StepTooLarge,
}

/// <summary>Whether the numeric derivative agrees with the exact one, and if not, why and what to do.</summary>
/// <param name="Agrees">Whether the float central difference is within 1e-6 (relative, absolute below 1) of the exact value and nothing else is wrong.</param>
/// <param name="Reasons">The reasons for disagreement, most important first; empty when it agrees.</param>
/// <param name="Explanation">The verdict in words.</param>
public sealed record Verdict(bool Agrees, IReadOnlyList<DisagreementReason> Reasons, string Explanation)
{
    /// <summary>The tolerance of agreement.</summary>
    public const double Tolerance = 1e-6;

    /// <summary><c>agree</c> or <c>disagree: integer input, kink</c>.</summary>
    public string Summary => Agrees ? "agree" : "disagree: " + string.Join(", ", Reasons.Select(Describe));

    /// <summary>The reason in a few words.</summary>
    public static string Describe(DisagreementReason reason) => reason switch
    {
        DisagreementReason.IntegerInput => "integer input",
        DisagreementReason.Kink => "kink",
        DisagreementReason.Pole => "pole",
        DisagreementReason.Cancellation => "catastrophic cancellation",
        DisagreementReason.StepTooSmall => "h too small",
        _ => "h too large",
    };
}
