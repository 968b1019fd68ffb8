namespace Differentiator.Grading;

/// <summary>
/// The mistake that explains an incorrect answer, in the order they are tried: when several
/// explain the same answer, the first one is reported.
/// </summary>
public enum DiagnosisCode
{
    /// <summary><c>unchanged</c>: the answer is the function itself.</summary>
    Unchanged,
    /// <summary><c>antiderivative</c>: the answer's derivative is the function (integrated instead of differentiated).</summary>
    Antiderivative,
    /// <summary><c>wrong-variable</c>: differentiated by another variable.</summary>
    WrongVariable,
    /// <summary><c>other-variable-not-constant</c>: in a partial derivative, another variable was treated as depending on this one.</summary>
    OtherVariableNotConstant,
    /// <summary><c>missing-chain-factor</c>: the outer derivative at the inner function, the inner derivative left out.</summary>
    MissingChainFactor,
    /// <summary><c>product-rule</c>: u'v' instead of u'v + uv', or one of the two terms missing.</summary>
    ProductRule,
    /// <summary><c>quotient-rule</c>: the numerator's terms swapped, the denominator not squared, or u'/v'.</summary>
    QuotientRule,
    /// <summary><c>power-rule</c>: the exponent not lowered, or the exponent not brought down as a coefficient.</summary>
    PowerRule,
    /// <summary><c>constant-kept</c>: a term constant in the variable left in.</summary>
    ConstantKept,
    /// <summary><c>sign-error</c>: the negative of the derivative, or one part's sign flipped.</summary>
    SignError,
    /// <summary><c>constant-factor</c>: a constant k ≠ 1 times the derivative.</summary>
    ConstantFactor,
    /// <summary><c>unknown</c>: no common mistake explains the answer.</summary>
    Unknown,
}

/// <summary>The names of <see cref="DiagnosisCode"/>s as reports write them.</summary>
public static class DiagnosisCodes
{
    private static readonly string[] Names =
    [
        "unchanged", "antiderivative", "wrong-variable", "other-variable-not-constant", "missing-chain-factor",
        "product-rule", "quotient-rule", "power-rule", "constant-kept", "sign-error", "constant-factor", "unknown",
    ];

    /// <summary>Every code, in the order they are tried.</summary>
    public static IReadOnlyList<DiagnosisCode> All { get; } = Enum.GetValues<DiagnosisCode>();

    /// <summary><c>missing-chain-factor</c>.</summary>
    public static string Name(this DiagnosisCode code) => Names[(int)code];

    /// <summary>The code named <paramref name="name"/>, or null.</summary>
    public static DiagnosisCode? Parse(string name)
    {
        var i = Array.IndexOf(Names, name);
        return i < 0 ? null : (DiagnosisCode)i;
    }
}
