namespace Differentiator.Calculus.Numeric;

/// <summary>Why a numeric derivative disagrees with the exact one.</summary>
public enum DisagreementReason
{
    /// <summary>The input is int64, so x ± h was truncated (the lecture's Problem 5).</summary>
    IntegerInput,
    /// <summary>A kink or jump (abs, relu, step, sign, max, min) at the point or within h of it.</summary>
    Kink,
    /// <summary>The function is undefined at the point (a pole or outside its domain).</summary>
    Pole,
    /// <summary>f(x+h) and f(x−h) share most of their digits: the difference is mostly round-off.</summary>
    Cancellation,
    /// <summary>h is so small that round-off dominates.</summary>
    StepTooSmall,
    /// <summary>h is so large that truncation error dominates.</summary>
    StepTooLarge,
    /// <summary>
    /// The function is defined at the point but its derivative is not (the edge of the domain, a
    /// vertical tangent), so no numeric column there is a derivative; or it is undefined on one side
    /// within h, where no central difference exists.
    /// </summary>
    Boundary,
    /// <summary>The complex step or the dual numbers broke down: an overflow or a loss of precision far from the finite exact value.</summary>
    MethodFailure,
}

/// <summary>Whether the numeric derivative agrees with the exact one, and if not, why and what to do.</summary>
/// <param name="Agrees">Whether the float central difference is within 1e-6 (relative, absolute below 1) of the exact value and nothing else is wrong.</param>
/// <param name="Reasons">The reasons for disagreement, most important first; empty when it agrees.</param>
/// <param name="Explanation">The verdict in words.</param>
public sealed record Verdict(bool Agrees, IReadOnlyList<DisagreementReason> Reasons, string Explanation)
{
    /// <summary>The tolerance of agreement.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Whether <paramref name="value"/> is further than <see cref="Tolerance"/> (relative, absolute below 1) from <paramref name="exact"/>; false when either is NaN.</summary>
    internal static bool Differs(double value, double exact) => Math.Abs(value - exact) > Tolerance * Math.Max(1, Math.Abs(exact));

    /// <summary><c>agree</c> or <c>disagree: integer input, kink</c>.</summary>
    public string Summary => Agrees ? "agree" : "disagree: " + string.Join(", ", Reasons.Select(Describe));

    /// <summary>The reason in a few words.</summary>
    public static string Describe(DisagreementReason reason) => reason switch
    {
        DisagreementReason.IntegerInput => "integer input",
        DisagreementReason.Kink => "kink",
        DisagreementReason.Pole => "pole",
        DisagreementReason.Boundary => "boundary (undefined derivative or one-sided)",
        DisagreementReason.MethodFailure => "a numeric method broke down",
        DisagreementReason.Cancellation => "catastrophic cancellation",
        DisagreementReason.StepTooSmall => "h too small",
        _ => "h too large",
    };
}
