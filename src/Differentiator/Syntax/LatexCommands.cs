namespace Differentiator.Syntax;

/// <summary>The LaTeX commands of the subset, beside function names and Greek letters.</summary>
internal static class LatexCommands
{
    public static readonly IReadOnlyDictionary<string, FormulaToken> Operators = new Dictionary<string, FormulaToken>(StringComparer.Ordinal)
    {
        ["frac"] = FormulaToken.Frac,
        ["dfrac"] = FormulaToken.Frac,
        ["tfrac"] = FormulaToken.Frac,
        ["sqrt"] = FormulaToken.LatexSqrt,
        ["cdot"] = FormulaToken.Star,
        ["times"] = FormulaToken.Star,
        ["ast"] = FormulaToken.Star,
        ["div"] = FormulaToken.Slash,
    };

    /// <summary>Spacing commands, read as white space.</summary>
    public static readonly IReadOnlySet<string> Spacing = new HashSet<string>(StringComparer.Ordinal) { ",", ";", ":", "!", " ", "quad", "qquad" };

    /// <summary><c>\left</c> and <c>\right</c> only size the delimiter that follows them.</summary>
    public static bool IsSizing(string command) => command is "left" or "right" or "big" or "Big" or "bigl" or "bigr" or "Bigl" or "Bigr";
}
