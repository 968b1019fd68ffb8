using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// Checks, before any recursive parsing, that brackets pair up and that nothing nests deeper than
/// <see cref="Limits.MaxNesting"/>. It counts an upper bound of the parser's recursion: every open
/// bracket, and every prefix operator still waiting for its operand (a sign, <c>^</c>, <c>√</c>, a
/// function written without parentheses).
/// </summary>
internal static class NestingCheck
{
    /// <summary>The open brackets' stack, kept per thread between checks: a check allocates none.</summary>
    [ThreadStatic] private static Stack<(int Index, int Base)>? _open;

    public static (Diagnostic? Error, int Depth) Run(ReadOnlySpan<Token<FormulaToken>> tokens)
    {
        var open = _open ??= new Stack<(int Index, int Base)>();
        try
        {
            return Run(tokens, open);
        }
        finally
        {
            open.Clear();
        }
    }

    private static (Diagnostic? Error, int Depth) Run(ReadOnlySpan<Token<FormulaToken>> tokens, Stack<(int Index, int Base)> open)
    {
        var depth = 0;
        var deepest = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (IsOpen(kind))
            {
                open.Push((i, depth));
                depth++;
            }
            else if (IsClose(kind))
            {
                if (open.Count == 0)
                    return (Error(tokens[i], $"'{Text(tokens[i])}' has no matching opening bracket.", "an operator", "end of input"), deepest);
                var (opener, saved) = open.Pop();
                if (CloserOf(tokens[opener].Kind) != kind)
                    return (Error(tokens[i], $"'{Text(tokens[i])}' cannot close '{Text(tokens[opener])}' opened at {Position(tokens[opener]) + 1}.", $"'{Symbol(CloserOf(tokens[opener].Kind))}'"), deepest);
                depth = saved;
            }
            else if (IsPrefix(tokens, i))
            {
                depth++;
            }

            if (depth > deepest) deepest = depth;
            if (depth > Limits.MaxNesting)
                return (new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TooDeep,
                    $"The formula nests more than {Limits.MaxNesting} levels deep (brackets and prefix operators such as '-', '^', '√').",
                    new SourceSpan(Position(tokens[i]), tokens[i].Span.Length), Text(tokens[i]), ["at most " + Limits.MaxNesting + " levels"]), deepest);

            if (EndsOperand(kind) && !(i + 1 < tokens.Length && tokens[i + 1].Kind is FormulaToken.Caret or FormulaToken.Superscript))
                depth = open.Count == 0 ? 0 : open.Peek().Base + 1;
        }
        if (open.Count > 0)
        {
            var (opener, _) = open.Pop();
            return (Error(tokens[opener], $"'{Text(tokens[opener])}' at {Position(tokens[opener]) + 1} is never closed.", $"'{Symbol(CloserOf(tokens[opener].Kind))}'"), deepest);
        }
        return (null, deepest);
    }

    /// <summary>
    /// An operator still waiting for its operand. One whose operand is a bracket nests only as deep
    /// as the bracket, the way <c>sin(…)</c> does: <c>x^(…)</c>, <c>e^{…}</c> and <c>-(…)</c> are one
    /// level each, so a printed tower <c>x^(x^(…))</c> reads back wherever <c>x^x^…</c> does.
    /// </summary>
    private static bool IsPrefix(ReadOnlySpan<Token<FormulaToken>> tokens, int i)
    {
        var operandIsBracket = i + 1 < tokens.Length && IsOpen(tokens[i + 1].Kind);
        return tokens[i].Kind switch
        {
            FormulaToken.Caret or FormulaToken.SqrtSign or FormulaToken.CbrtSign => !operandIsBracket,
            FormulaToken.Function => !(i + 1 < tokens.Length && tokens[i + 1].Kind == FormulaToken.LParen),
            FormulaToken.Minus or FormulaToken.Plus => !operandIsBracket && (i == 0 || !EndsOperand(tokens[i - 1].Kind)),
            _ => false,
        };
    }

    private static bool IsOpen(FormulaToken k) => k is FormulaToken.LParen or FormulaToken.LBracket or FormulaToken.LBrace or FormulaToken.AbsOpen;

    private static bool IsClose(FormulaToken k) => k is FormulaToken.RParen or FormulaToken.RBracket or FormulaToken.RBrace or FormulaToken.AbsClose;

    internal static bool EndsOperand(FormulaToken k) => k is FormulaToken.Number or FormulaToken.Name or FormulaToken.Constant
        or FormulaToken.RParen or FormulaToken.RBracket or FormulaToken.RBrace or FormulaToken.AbsClose or FormulaToken.Superscript;

    private static FormulaToken CloserOf(FormulaToken k) => k switch
    {
        FormulaToken.LParen => FormulaToken.RParen,
        FormulaToken.LBracket => FormulaToken.RBracket,
        FormulaToken.LBrace => FormulaToken.RBrace,
        _ => FormulaToken.AbsClose,
    };

    private static string Symbol(FormulaToken k) => k switch
    {
        FormulaToken.RParen => ")",
        FormulaToken.RBracket => "]",
        FormulaToken.RBrace => "}",
        _ => "|",
    };

    private static int Position(Token<FormulaToken> t) => t.Span.Position.Absolute;

    private static string Text(Token<FormulaToken> t) => t.Span.ToStringValue();

    private static Diagnostic Error(Token<FormulaToken> at, string message, params string[] expected) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.UnbalancedBracket, message, new SourceSpan(Position(at), at.Span.Length), Text(at), expected);
}
