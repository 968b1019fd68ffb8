using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// What one print may rely on: the vocabulary the text will be read back with (the standard names,
/// the declared multi-letter variables, and every multi-letter name and declared function the tree
/// uses, which the reader must declare anyway), how many characters it may write, and whether the text must read back
/// (strict) or is only shown (<see cref="Expr.ToString()"/>, which never throws).
/// </summary>
internal sealed class PrintContext
{
    private PrintContext(Vocabulary vocabulary, int maxCharacters, bool strict, long leaves)
    {
        Vocabulary = vocabulary;
        MaxCharacters = maxCharacters;
        Strict = strict;
        Leaves = leaves;
    }

    /// <summary>The tree's leaves written out (shared subtrees once per use): its text has at least this many characters.</summary>
    public long Leaves { get; }

    public Vocabulary Vocabulary { get; }

    /// <summary>The most characters the print may write; past it a strict print throws <see cref="NotPrintableException"/>, a display is cut short.</summary>
    public int MaxCharacters { get; }

    /// <summary>
    /// Whether the text must read back as the same tree: a strict print refuses what cannot
    /// (<see cref="NotPrintableException"/>); a display prints names as they are, <c>inf</c> and
    /// <c>nan</c>, any integer, and ends with "…" where it is cut short.
    /// </summary>
    public bool Strict { get; }

    /// <summary>The context for printing <paramref name="e"/>, read back with <paramref name="declared"/> names declared.</summary>
    public static PrintContext For(Expr e, IEnumerable<string>? declared = null, int maxCharacters = Limits.MaxLength, bool strict = true)
    {
        var (symbols, functions, leaves) = SymbolNames.Survey(e);
        var multiLetter = symbols.Select(LeadingLetters).Where(stem => stem.Length > 1);
        var names = declared is null ? multiLetter : declared.Concat(multiLetter);
        var list = names.Distinct(StringComparer.Ordinal).ToList();
        var vocabulary = list.Count == 0 ? StandardVocabulary.Instance : StandardVocabulary.Instance.WithVariables(list);
        // A function only declared (a sequence a(n)) reads back as a call where the reader declares it too.
        if (functions.Count > 0) vocabulary = vocabulary.WithFunctions(functions.Select(f => (f.Name, f.MinArity)));
        return new PrintContext(vocabulary, maxCharacters, strict, leaves);
    }

    private static string LeadingLetters(string name)
    {
        var n = 0;
        while (n < name.Length && GreekLetters.IsNameLetter(name[n])) n++;
        return name[..n];
    }
}
