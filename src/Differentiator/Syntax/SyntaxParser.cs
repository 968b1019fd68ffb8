using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>The parse tree of a formula, or the error that stopped it, with every warning found.</summary>
internal sealed record SyntaxResult(
    SyntaxNode? Tree,
    Diagnostic? Error,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<string> Variables,
    int Nesting);

/// <summary>Reads a formula: lexer, nesting check, Superpower grammar, ambiguity warnings.</summary>
internal static class SyntaxParser
{
    public static SyntaxResult Parse(string text, Vocabulary vocabulary)
    {
        if (text.Length > Limits.MaxLength)
            return Failed(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooLong,
                $"The formula is {text.Length} characters long; the limit is {Limits.MaxLength}.", new SourceSpan(Limits.MaxLength, 1), "", [$"at most {Limits.MaxLength} characters"]));
        if (text.AsSpan(ByteOrderMark.Skip(text)).IsWhiteSpace())
            return Failed(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.EmptyFormula,
                "The formula is empty.", new SourceSpan(0, 1), "end of input", ["a formula such as 2x + 3xy + y^3"]));
        if (DerivativeNotationReader.Read(text).AsFormulaError() is { } notation) return Failed(notation);

        using var tokens = new TokenBuffer(text.Length);
        var (lexWarnings, lexError) = Lexer.LexInto(text, vocabulary, tokens);
        if (lexError is not null) return Failed(lexError, lexWarnings);

        var (nestingError, nesting) = NestingCheck.Run(tokens.Span);
        if (nestingError is not null) return Failed(nestingError, lexWarnings, nesting);

        var variables = VariablesOf(tokens.Span);

        // The common plain formula is read without the grammar; anything else, and every error, by the grammar.
        var mayWarn = false;
        var tree = nesting <= LargeStack.InlineNesting ? PlainFormulaReader.TryRead(tokens.Span, out mayWarn) : null;
        if (tree is null)
        {
            var array = tokens.ToArray(); // Superpower reads an array
            TokenListParserResult<FormulaToken, SyntaxNode> result;
            try
            {
                result = LargeStack.Run(nesting, array, static tokens => FormulaGrammar.Formula(new TokenList<FormulaToken>(tokens)));
            }
            catch (InsufficientExecutionStackException)
            {
                return Failed(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooDeep,
                    "The formula nests too deeply to parse on this thread's stack.", new SourceSpan(0, text.Length), "", []), lexWarnings, nesting);
            }
            if (!result.HasValue) return Failed(ToDiagnostic(result, array, text), lexWarnings, nesting);
            tree = result.Value;
            mayWarn = true;
        }

        var ambiguities = mayWarn ? AmbiguityDetector.Find(tree, text) : [];
        var warnings = ambiguities.Count == 0 ? lexWarnings
            : lexWarnings.Count == 0 ? ambiguities
            : lexWarnings.Concat(ambiguities).OrderBy(w => w.Span.Start).ToArray();
        return new SyntaxResult(tree, null, warnings, variables, nesting);
    }

    /// <summary>The variables in order of first appearance.</summary>
    private static string[] VariablesOf(ReadOnlySpan<Token<FormulaToken>> tokens)
    {
        var ordered = new List<string>();
        HashSet<string>? seen = null; // a formula has a few names: a table only for many
        foreach (var t in tokens)
        {
            if (t.Kind != FormulaToken.Name) continue;
            var name = NameText.Normalize(t);
            if (seen is null ? ordered.Contains(name) : !seen.Add(name)) continue;
            ordered.Add(name);
            if (seen is null && ordered.Count > 16) seen = new HashSet<string>(ordered, StringComparer.Ordinal);
        }
        return [.. ordered];
    }

    private static SyntaxResult Failed(Diagnostic error, IReadOnlyList<Diagnostic>? warnings = null, int nesting = 0) =>
        new(null, error, warnings ?? [], [], nesting);

    private static Diagnostic ToDiagnostic(TokenListParserResult<FormulaToken, SyntaxNode> result, Token<FormulaToken>[] tokens, string text)
    {
        var at = result.ErrorPosition.HasValue ? result.ErrorPosition.Absolute : result.Remainder.IsAtEnd ? text.Length : result.Remainder.First().Span.Position.Absolute;
        var token = tokens.FirstOrDefault(t => t.Span.Position.Absolute == at);
        var atEnd = token.Kind == FormulaToken.None;
        var found = atEnd ? "end of input" : MessageText.Excerpt(token.Span.ToStringValue());
        var named = (result.Expectations ?? []).Select(e => e.Replace('`', '\'')).Distinct().ToArray();
        // "'('" is already part of "a number, a variable, a function or '('": name each thing once.
        var expected = named.Where(e => !named.Any(other => other != e && other.Contains(e, StringComparison.Ordinal))).ToArray();
        var expectedText = expected.Length == 0 ? "" : "; expected " + string.Join(" or ", expected);
        var message = (atEnd ? "Unexpected end of input" : $"Unexpected '{found}'") + expectedText + ".";
        var span = atEnd ? new SourceSpan(text.TrimEnd().Length, 1) : new SourceSpan(at, token.Span.Length);
        return new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Unexpected, message, span, found, expected);
    }
}
