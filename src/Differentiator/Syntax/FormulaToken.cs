using Superpower.Display;

namespace Differentiator.Syntax;

/// <summary>The kinds of token the lexer produces; the examples name them in diagnostics.</summary>
internal enum FormulaToken
{
    None,
    [Token(Description = "a number")] Number,
    [Token(Description = "a variable")] Name,
    [Token(Description = "a constant")] Constant,
    [Token(Description = "a function")] Function,
    [Token(Example = "+")] Plus,
    [Token(Example = "-")] Minus,
    [Token(Example = "*")] Star,
    [Token(Example = "/")] Slash,
    [Token(Example = "^")] Caret,
    [Token(Example = "(")] LParen,
    [Token(Example = ")")] RParen,
    [Token(Example = "[")] LBracket,
    [Token(Example = "]")] RBracket,
    [Token(Example = "{")] LBrace,
    [Token(Example = "}")] RBrace,
    [Token(Example = "|")] AbsOpen,
    [Token(Example = "|")] AbsClose,
    [Token(Example = ",")] Comma,
    [Token(Description = "a superscript")] Superscript,
    [Token(Example = "√")] SqrtSign,
    [Token(Example = "∛")] CbrtSign,
    [Token(Example = "\\frac")] Frac,
    [Token(Example = "\\sqrt")] LatexSqrt,
    [Token(Example = "_")] Subscript,
}
