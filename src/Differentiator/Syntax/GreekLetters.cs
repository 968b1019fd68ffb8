namespace Differentiator.Syntax;

/// <summary>Spelled Greek names (<c>theta</c>, <c>\theta</c>) and the letters they stand for (θ).</summary>
internal static class GreekLetters
{
    public static readonly IReadOnlyDictionary<string, string> BySpelling = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["lamda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ",
        ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Sigma"] = "Σ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    /// <summary>
    /// Each letter's one spelling, the one printers write (<c>θ</c> → <c>theta</c>): not the
    /// <c>var…</c> variants, nor <c>lamda</c>, SymPy's spelling of λ that is read but not written.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SpellingOf = BySpelling
        .Where(kv => !kv.Key.StartsWith("var", StringComparison.Ordinal) && kv.Key != "lamda")
        .ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="c"/> is a Latin or Greek letter (the letters names are made of).</summary>
    public static bool IsNameLetter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || c is >= '\u0391' and <= '\u03C9' && c != '\u03A2';
}
