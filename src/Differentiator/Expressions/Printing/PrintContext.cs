using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// What one print may rely on: the vocabulary the text will be read back with (the standard names,
/// the declared multi-letter variables, and every multi-letter name the tree uses, which the reader
/// must declare anyway), and how many characters it may write.
/// </summary>
internal sealed class PrintContext
{
    private PrintContext(Vocabulary vocabulary, int maxCharacters)
    {
        Vocabulary = vocabulary;
        MaxCharacters = maxCharacters;
    }

    public Vocabulary Vocabulary { get; }

    /// <summary>The most characters the print may write; past it the printer throws <see cref="NotPrintableException"/>.</summary>
    public int MaxCharacters { get; }

    /// <summary>The context for printing <paramref name="e"/>, read back with <paramref name="declared"/> names declared.</summary>
    public static PrintContext For(Expr e, IEnumerable<string>? declared = null, int maxCharacters = Limits.MaxLength)
    {
        var multiLetter = SymbolNames.Of(e).Select(LeadingLetters).Where(stem => stem.Length > 1);
        var names = declared is null ? multiLetter : declared.Concat(multiLetter);
        var list = names.Distinct(StringComparer.Ordinal).ToList();
        var vocabulary = list.Count == 0 ? StandardVocabulary.Instance : StandardVocabulary.Instance.WithVariables(list);
        return new PrintContext(vocabulary, maxCharacters);
    }

    private static string LeadingLetters(string name)
    {
        var n = 0;
        while (n < name.Length && GreekLetters.IsNameLetter(name[n])) n++;
        return name[..n];
    }
}
