using System.Globalization;
using System.Text.RegularExpressions;

namespace Differentiator.Syntax;

/// <summary>
/// The lexer's errors that say more than "unexpected": the known name closest to an unknown one
/// (<c>Sin</c>, did you mean sin?), what to write instead of <c>y = x^2</c>, and a code point for a
/// character a terminal does not show.
/// </summary>
internal static partial class LexicalErrors
{
    public static Diagnostic Error(string code, string message, int start, int length, string found, params string[] expected) =>
        new(DiagnosticSeverity.Error, code, message, new SourceSpan(start, Math.Max(length, 1)), found, expected);

    /// <summary>DX0005 for a run of letters before '(' that names no function, with the closest function's name.</summary>
    public static Diagnostic UnknownFunction(Vocabulary vocabulary, string name, int start)
    {
        var suggestion = vocabulary.SuggestFunction(name);
        var shown = MessageText.Excerpt(name);
        return Error(DiagnosticCodes.UnknownFunction, $"Unknown function '{shown}'{DidYouMean(suggestion)}.", start, name.Length, shown,
            suggestion ?? "a known function such as sin, ln, exp, sqrt");
    }

    /// <summary>DX0004 for a LaTeX command outside the subset, with the closest command's name.</summary>
    public static Diagnostic UnknownLatexCommand(Vocabulary vocabulary, string command, int start, int length)
    {
        string[] known = [.. vocabulary.FunctionNames, .. GreekLetters.BySpelling.Keys, .. LatexCommands.Operators.Keys, "pi", "operatorname", "left", "right"];
        var suggestion = Spelling.Closest(command, known);
        var shown = "\\" + MessageText.Excerpt(command);
        return Error(DiagnosticCodes.UnknownLatexCommand, $"Unknown LaTeX command '{shown}'{DidYouMean(suggestion is null ? null : "\\" + suggestion)}.", start, length, shown,
            "\\frac", "\\sqrt", "\\cdot", "\\left", "\\right", "a function such as \\sin", "a Greek letter such as \\theta");
    }

    /// <summary>DX0002 for a character that is not part of the language; an invisible one is named by its code point.</summary>
    public static Diagnostic UnexpectedCharacter(string text, int start)
    {
        var c = text[start];
        var length = char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
        var codepoint = length == 2 ? char.ConvertToUtf32(c, text[start + 1]) : c;
        var name = $"U+{codepoint.ToString("X4", CultureInfo.InvariantCulture)}";
        return IsInvisible(c)
            ? Error(DiagnosticCodes.UnexpectedCharacter, $"Unexpected invisible character {name}.", start, length, name, Expected)
            : Error(DiagnosticCodes.UnexpectedCharacter, $"Unexpected character '{text.Substring(start, length)}' ({name}).", start, length, text.Substring(start, length), Expected);
    }

    /// <summary>
    /// DX0002 for '=': after a name or <c>f(x)</c> (<c>y = x^2</c>) the left side is not needed, and
    /// the span covers it with the '=', the part to delete; any other '=' (<c>x^2 = 4</c>) makes an
    /// equation, which is not a formula.
    /// </summary>
    public static Diagnostic EqualsSign(string text, int at)
    {
        var right = text[(at + 1)..].Trim();
        var from = ByteOrderMark.Skip(text);
        while (from < at && char.IsWhiteSpace(text[from])) from++;
        if (right.Length == 0 || right.Contains('=') || !NameOrFunctionHead().IsMatch(text[from..at].TrimEnd()))
            return Error(DiagnosticCodes.UnexpectedCharacter, "A formula is an expression, not an equation: '=' is not part of it.", at, 1, "=", "an operator");
        var shown = MessageText.Excerpt(right);
        return Error(DiagnosticCodes.UnexpectedCharacter,
            $"The left side of '=' is not needed: write just the right side, {shown}; to define a function, use the REPL: f(x) = {shown}.",
            from, at + 1 - from, "=", shown);
    }

    private static readonly string[] Expected = ["a number", "a variable", "an operator", "a bracket"];

    /// <summary>" (did you mean sin?)", or nothing without a name.</summary>
    public static string DidYouMean(string? name) => name is null ? "" : $" (did you mean {name}?)";

    /// <summary>A control or format character (a byte order mark in the middle, a zero-width space), which a terminal does not show.</summary>
    private static bool IsInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary><c>y</c>, <c>f(x)</c>, <c>g(x, y)</c>, <c>\theta</c>: what a person puts left of '=' to name a value or define a function.</summary>
    [GeneratedRegex(@"^\\?\p{L}[\p{L}\p{N}_{}]*(\s*\([^()=]*\))?$")]
    private static partial Regex NameOrFunctionHead();
}
