using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>Variable names Python can read: Greek letters spelled out (θ → theta), λ as SymPy's <c>lamda</c>.</summary>
internal static class PythonNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    public static string Of(string name)
    {
        var spelled = Spell(name);
        if (Keywords.Contains(spelled))
            throw new NotPrintableException($"The variable '{name}' cannot be printed as Python: '{spelled}' is a Python keyword.");
        return spelled;
    }

    private static string Spell(string name)
    {
        var letter = name[..1];
        if (letter == "λ") return "lamda" + name[1..];
        return GreekLetters.SpellingOf.TryGetValue(letter, out var spelling) ? spelling + name[1..] : name;
    }
}
