using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>Variable names Python can read: Greek letters spelled out (θ → theta).</summary>
internal static class PythonNames
{
    private static readonly Dictionary<string, string> SpellingOf = GreekLetters.BySpelling
        .Where(kv => !kv.Key.StartsWith("var", StringComparison.Ordinal))
        .ToDictionary(kv => kv.Value, kv => kv.Key);

    public static string Of(string name)
    {
        foreach (var (letter, spelling) in SpellingOf)
            if (name.StartsWith(letter, StringComparison.Ordinal)) return spelling + name[letter.Length..];
        return name;
    }
}
