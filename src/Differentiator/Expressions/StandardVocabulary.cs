using Differentiator.Syntax;

namespace Differentiator.Expressions;

/// <summary>The lexer's vocabulary built from the function table and the constants.</summary>
internal static class StandardVocabulary
{
    public static readonly Vocabulary Instance = new(
        MathFunctions.Names.Select(n => KeyValuePair.Create(n, (MathFunctions.Find(n)!.MinArity, MathFunctions.Find(n)!.MaxArity))),
        ["pi", "π", "e", "E"],
        []);
}
