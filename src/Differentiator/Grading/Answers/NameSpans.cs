using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Grading;

/// <summary>Where a variable is written in a formula's text, for the caret under a name the function does not have.</summary>
internal static class NameSpans
{
    public static SourceSpan? First(string text, string name)
    {
        var lexed = Lexer.Lex(text, StandardVocabulary.Instance);
        foreach (var token in lexed.Tokens)
            if (token.Kind == FormulaToken.Name && NameText.Normalize(token.ToStringValue()) == name)
                return new SourceSpan(token.Span.Position.Absolute, token.Span.Length);
        return null;
    }
}
