namespace Differentiator.Fuzz.Generation;

/// <summary>Where an input comes from.</summary>
public enum InputKind
{
    /// <summary>Random bytes read as UTF-8 (invalid sequences become U+FFFD) or as Latin-1.</summary>
    RandomBytes,
    /// <summary>Random printable ASCII, weighted towards the characters formulas use.</summary>
    Ascii,
    /// <summary>Random Unicode: Greek, superscripts, math signs, invisible characters, lone surrogates.</summary>
    Unicode,
    /// <summary>A formula from the grammar, spelled in plain ASCII.</summary>
    GrammarPlain,
    /// <summary>A formula from the grammar, spelled in LaTeX.</summary>
    GrammarLatex,
    /// <summary>A formula from the grammar, spelled with Unicode signs (·, −, ², √, π, θ).</summary>
    GrammarUnicode,
    /// <summary>A lecture or reference formula, mutated.</summary>
    Mutation,
    /// <summary>Nesting near the parser's limit (brackets, signs, powers, bare functions, roots, bars).</summary>
    Deep,
    /// <summary>Long sums, products, letter runs and quotient chains.</summary>
    Long,
}
