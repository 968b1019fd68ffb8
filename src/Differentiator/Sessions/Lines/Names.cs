using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>The names a session's lines define and use, and the ones it keeps for itself.</summary>
internal static class Names
{
    /// <summary>A name as a definition writes it: a letter, then letters, digits or '_' (<c>x</c>, <c>x1</c>, <c>x_1</c>, <c>rate</c>, <c>AND</c>, <c>θ</c>).</summary>
    public const string Pattern = @"[A-Za-z\u0391-\u03C9][A-Za-z0-9\u0391-\u03C9_]*";

    /// <summary>The last result.</summary>
    public const string Answer = "ans";

    /// <summary>Words that start or divide commands (<c>grad f at (1, 2)</c>), so they cannot be defined.</summary>
    public static readonly IReadOnlySet<string> CommandWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "grad", "hessian", "steps", "compare", "numdiff", "plot", "at", "from", "to", "d", Answer,
    };

    private static readonly HashSet<string> Constants = new(StringComparer.Ordinal) { "e", "E", "pi", "π" };

    /// <summary>The name a written name stands for: <c>x_1</c> is <c>x1</c>, <c>theta</c> is <c>θ</c>.</summary>
    public static string Normalize(string written) => NameText.Normalize(written);

    /// <summary>Why <paramref name="name"/> cannot be defined, or null when it can.</summary>
    public static string? WhyReserved(string name)
    {
        if (Constants.Contains(name)) return $"{name} is a constant of the language";
        if (MathFunctions.Find(name) is not null) return $"{name} is a built-in function";
        if (name == Answer) return "ans always holds the last result";
        if (CommandWords.Contains(name)) return $"{name} is a word of the REPL's commands";
        return null;
    }

    /// <summary>Whether the character can continue a name (so a letter before it is not a name of its own).</summary>
    public static bool Continues(char c) => GreekLetters.IsNameLetter(c) || char.IsAsciiDigit(c) || c is '_' or '\\';

    /// <summary>Whether the character starts a name.</summary>
    public static bool IsLetter(char c) => GreekLetters.IsNameLetter(c);
}
