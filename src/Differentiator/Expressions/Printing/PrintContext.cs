using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// What one print may rely on.
/// </summary>
/// <param name="Vocabulary">
/// The names the text will be read back with: the standard ones, the declared multi-letter
/// variables, and every multi-letter name and declared function of the tree, which the reader must
/// declare anyway.
/// </param>
/// <param name="MaxCharacters">The most characters the print may write; past it a strict print throws <see cref="NotPrintableException"/>, a display is cut short.</param>
/// <param name="Strict">
/// Whether the text must read back as the same tree: a strict print refuses what cannot
/// (<see cref="NotPrintableException"/>); a display (<see cref="Expr.ToString()"/>, which never
/// throws) prints names as they are, <c>inf</c> and <c>nan</c>, any integer, and ends with "…"
/// where it is cut short.
/// </param>
/// <param name="Leaves">The tree's leaves written out (shared subtrees once per use): its text has at least this many characters.</param>
internal sealed record PrintContext(Vocabulary Vocabulary, int MaxCharacters, bool Strict, long Leaves)
{
    /// <summary>The context for printing <paramref name="e"/>, read back with <paramref name="declared"/> names declared.</summary>
    public static PrintContext For(Expr e, IEnumerable<string>? declared = null, int maxCharacters = Limits.MaxLength, bool strict = true)
    {
        var (longNames, functions, leaves) = SymbolNames.SurveyForPrinting(e);
        // Every print builds a context: no LINQ here, and no list unless there is a name to declare.
        List<string>? list = declared is null ? null : [.. declared];
        if (longNames is not null)
        {
            foreach (var symbol in longNames)
                if (LeadingLetters(symbol) is { Length: > 1 } stem) (list ??= []).Add(stem);
        }
        var vocabulary = list is not { Count: > 0 } ? StandardVocabulary.Instance
            : StandardVocabulary.Instance.WithVariables(list.Distinct(StringComparer.Ordinal).ToList());
        // A function only declared (a sequence a(n)) reads back as a call where the reader declares it too.
        if (functions.Count > 0) vocabulary = vocabulary.WithFunctions(functions.Select(f => (f.Name, f.MinArity)));
        return new PrintContext(vocabulary, WithinBudget(maxCharacters), strict, leaves);
    }

    /// <summary>
    /// The budget in force may allow fewer printed characters than the printer's own limit. Its limit
    /// is given for text (the parser's length by default); a more verbose form (MathML, allowed ten
    /// times that) keeps its proportion.
    /// </summary>
    private static int WithinBudget(int maxCharacters)
    {
        if (BudgetScope.Current is not { } scope || scope.Budget.MaxPrintedCharacters >= Limits.MaxLength) return maxCharacters;
        return (int)Math.Min(maxCharacters, (long)maxCharacters * scope.Budget.MaxPrintedCharacters / Limits.MaxLength);
    }

    private static string LeadingLetters(string name)
    {
        var n = 0;
        while (n < name.Length && GreekLetters.IsNameLetter(name[n])) n++;
        return n == name.Length ? name : name[..n];
    }
}
