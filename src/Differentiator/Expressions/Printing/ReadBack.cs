using System.Globalization;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// The printers' checks against the parser itself: that a variable's spelling lexes back as that
/// variable, and that printed text does not nest deeper than <see cref="Limits.MaxNesting"/>.
/// </summary>
internal static class ReadBack
{
    /// <summary>
    /// Trees at most this deep cannot print text that nests past the limit (a level of the tree
    /// adds at most four levels of nesting: a bracket, a '^' and a sign, or the Python sigmoid's
    /// four brackets), so only deeper ones are lexed again to check.
    /// </summary>
    public const int UncheckedDepth = Limits.MaxNesting / 5;

    /// <summary>Whether <paramref name="text"/> alone reads as the variable <paramref name="name"/>.</summary>
    public static bool ReadsAsVariable(string text, string name, Vocabulary vocabulary)
    {
        if (text == name && IsLetterWithDigits(name)) return true;
        var lexed = Lexer.Lex(text, vocabulary);
        return lexed.Error is null && lexed.Tokens is [{ Kind: FormulaToken.Name } token]
               && token.Span.Length == text.Length && NameText.Normalize(token.ToStringValue()) == name;
    }

    /// <summary>One letter that is no constant, then digits: such a name reads as itself whatever else is declared.</summary>
    private static bool IsLetterWithDigits(string name)
    {
        if (!GreekLetters.IsNameLetter(name[0]) || name[0] is 'e' or 'E' or 'π') return false;
        for (var i = 1; i < name.Length; i++)
            if (!char.IsAsciiDigit(name[i])) return false;
        return true;
    }

    /// <summary>Throws when <paramref name="text"/>, printed from a tree <paramref name="depth"/> deep, nests past the parser's limit.</summary>
    public static void CheckNesting(string text, int depth, Vocabulary vocabulary)
    {
        if (depth <= UncheckedDepth) return;
        var lexed = Lexer.Lex(text, vocabulary);
        if (lexed.Error is not null) return;
        var (error, _) = NestingCheck.Run(lexed.Tokens);
        if (error?.Code == DiagnosticCodes.TooDeep)
            throw new NotPrintableException(string.Create(CultureInfo.InvariantCulture,
                $"The expression's text would nest more than {Limits.MaxNesting} levels deep, deeper than the parser reads back."));
    }

    public static NotPrintableException TooLong(int limit) => new(string.Create(CultureInfo.InvariantCulture,
        $"The expression's text would be longer than {limit:N0} characters, the most that may be printed (the parser reads at most {Limits.MaxLength:N0})."));
}
