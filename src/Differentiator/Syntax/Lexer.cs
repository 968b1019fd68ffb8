using System.Globalization;
using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// Turns formula text into tokens. It owns every lexical decision: longest-match splitting of
/// letter runs (<c>xy</c> → x, y; <c>sinx</c> → sin, x), names with digits and subscripts
/// (<c>w1</c>, <c>x_max</c>, <c>w_{1}</c>), the LaTeX subset, superscript digits, and whether a
/// <c>|</c> opens or closes an absolute value.
/// </summary>
internal sealed class Lexer
{
    private readonly string _text;
    private readonly Vocabulary _vocabulary;
    private readonly TokenBuffer _tokens;
    private List<Diagnostic>? _warnings; // made at the first warning: most formulas have none
    private int _pos;
    private int _openAbs;
    private FormulaToken _forcedBar; // set by \left / \right for a following '|'

    private Lexer(string text, Vocabulary vocabulary, TokenBuffer tokens)
    {
        _text = text;
        _vocabulary = vocabulary;
        _tokens = tokens;
    }

    public static LexResult Lex(string text, Vocabulary vocabulary)
    {
        using var tokens = new TokenBuffer(text.Length); // never more tokens than characters
        var (warnings, error) = LexInto(text, vocabulary, tokens);
        return new LexResult(tokens.ToArray(), warnings, error);
    }

    /// <summary>Lexes into <paramref name="tokens"/>, which the caller owns: no array of the whole token list is made.</summary>
    public static (IReadOnlyList<Diagnostic> Warnings, Diagnostic? Error) LexInto(string text, Vocabulary vocabulary, TokenBuffer tokens)
    {
        var lexer = new Lexer(text, vocabulary, tokens);
        var error = lexer.Run();
        return (lexer._warnings ?? (IReadOnlyList<Diagnostic>)[], error);
    }

    private Diagnostic? Run()
    {
        _pos = ByteOrderMark.Skip(_text);
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            var error = c switch
            {
                _ when char.IsAsciiDigit(c) || c == '.' => LexNumber(),
                _ when GreekLetters.IsNameLetter(c) => LexLetters(),
                '\\' => LexLatex(),
                _ => LexSymbol(c),
            };
            if (error is not null) return error;
        }
        return null;
    }

    private bool LastEndsOperand => _tokens.Count > 0 && _tokens.Last.Kind is
        FormulaToken.Number or FormulaToken.Name or FormulaToken.Constant or FormulaToken.RParen or
        FormulaToken.RBracket or FormulaToken.RBrace or FormulaToken.AbsClose or FormulaToken.Superscript;

    private void Add(FormulaToken kind, int start, int length)
    {
        _forcedBar = FormulaToken.None; // \left and \right size only the delimiter right after them
        _tokens.Add(new Token<FormulaToken>(kind, new TextSpan(_text, new Position(start, 1, start + 1), length)));
    }

    private void Warn(Diagnostic warning) => (_warnings ??= []).Add(warning);

    private static Diagnostic Error(string code, string message, int start, int length, string found, params string[] expected) =>
        LexicalErrors.Error(code, message, start, length, found, expected);

    private Diagnostic? LexNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        var isDecimal = false;
        if (_pos < _text.Length && _text[_pos] == '.')
        {
            isDecimal = true;
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        if (_pos - start == 1 && _text[start] == '.')
            return Error(DiagnosticCodes.BadNumber, "A '.' must belong to a number such as .5 or 3.0.", start, 1, ".", "a digit");
        if (_pos < _text.Length && _text[_pos] is 'e' or 'E')
        {
            var mark = _pos + 1;
            if (mark < _text.Length && _text[mark] is '+' or '-') mark++;
            if (mark < _text.Length && char.IsAsciiDigit(_text[mark]))
            {
                isDecimal = true;
                _pos = mark;
                while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
            }
        }
        if (_pos < _text.Length && _text[_pos] == '.')
            return Error(DiagnosticCodes.BadNumber, $"The number '{Abbreviate(_text[start.._pos])}' is followed by a second '.'.", _pos, 1, ".", "an operator");
        if (isDecimal)
        {
            var literal = _text[start.._pos];
            var value = DecimalLiteral.Parse(literal);
            if (double.IsInfinity(value))
                return Error(DiagnosticCodes.BadNumber, $"The number '{Abbreviate(literal)}' is too large for a double (the largest is about 1.8e308).", start, _pos - start, Abbreviate(literal));
            if (value == 0 && literal.Any(ch => ch is >= '1' and <= '9') && !MantissaIsZero(literal))
                Warn(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.Underflow,
                    $"The number '{Abbreviate(literal)}' is too small for a double and is read as 0.0.", new SourceSpan(start, _pos - start)));
        }
        else if (_pos - start > Limits.MaxIntegerDigits)
        {
            return Error(DiagnosticCodes.BadNumber, $"An integer may have at most {Limits.MaxIntegerDigits} digits; this one has {_pos - start}.", start, _pos - start, Abbreviate(_text[start.._pos]));
        }
        Add(FormulaToken.Number, start, _pos - start);
        return null;
    }

    private static bool MantissaIsZero(string literal)
    {
        var e = literal.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? literal : literal[..e];
        return mantissa.All(ch => ch is '0' or '.');
    }

    private static string Abbreviate(string text) => MessageText.Excerpt(text, 24);

    private Diagnostic? LexLetters()
    {
        var start = _pos;
        while (_pos < _text.Length && GreekLetters.IsNameLetter(_text[_pos])) _pos++;
        var letters = _text.AsSpan(start, _pos - start);
        // A run followed by digits (log2) or '_' (log_2, w_1) takes the longer way below.
        if (!(_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_')) && (letters.Length == 1 || _vocabulary.LongestMatch(letters) == letters.Length))
        {
            // The common run of one letter or one known name (x, sin): no split, no substring.
            AddPiece(letters, start, isLast: true, nextIsParen: _pos < _text.Length && _text[_pos] == '(');
            return null;
        }
        var run = _text[start.._pos];
        var pieces = _vocabulary.Split(run);
        var digitsEnd = _pos;
        while (digitsEnd < _text.Length && char.IsAsciiDigit(_text[digitsEnd])) digitsEnd++;
        if (digitsEnd > _pos && _vocabulary.IsFunction(pieces[^1] + _text[_pos..digitsEnd]))
        {
            // log2, log10: a function whose name ends in digits.
            pieces = [.. pieces.SkipLast(1), pieces[^1] + _text[_pos..digitsEnd]];
            run = _text[start..digitsEnd];
            _pos = digitsEnd;
        }

        var nextIsParen = _pos < _text.Length && _text[_pos] == '(';
        var last = pieces[^1];
        if (nextIsParen && run.Length >= 3 && pieces.Count > 1 && !_vocabulary.IsFunction(last) && !IsSigma(last))
            return LexicalErrors.UnknownFunction(_vocabulary, run, start);

        if (pieces.Count > 1)
            Warn(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.SplitName,
                $"'{MessageText.Excerpt(run)}' is read as {DescribeSplit(pieces)}; put spaces or '*' between names to say so{MeantFunction(run)}.",
                new SourceSpan(start, run.Length)));

        var offset = start;
        for (var i = 0; i < pieces.Count; i++)
        {
            var isLast = i == pieces.Count - 1;
            if (isLast && pieces[i] == "log" && _pos < _text.Length && _text[_pos] == '_') return LexLogBase(offset, latex: false); // log_2(x), xlog_2(y)
            AddPiece(pieces[i], offset, isLast, nextIsParen);
            offset += pieces[i].Length;
        }
        return null;
    }

    /// <summary>One piece of a letter run as its token; the last piece of the run takes a variable's suffix (<c>w_1</c>).</summary>
    private void AddPiece(ReadOnlySpan<char> piece, int offset, bool isLast, bool nextIsParen)
    {
        var length = piece.Length;
        var kind = Classify(piece, followedByParen: isLast && nextIsParen);
        if (isLast && kind == FormulaToken.Name)
        {
            length += SuffixLength(offset + length);
            _pos = offset + length;
        }
        if (kind == FormulaToken.Name && IsSigma(piece))
            Warn(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.SigmaAsVariable,
                "σ is read as a variable here; write σ(z) for the sigmoid.", new SourceSpan(offset, piece.Length)));
        Add(kind, offset, length);
    }

    /// <summary><c>x·y·z</c>, with a space after a function (<c>sin x</c>); the first few pieces of a long run.</summary>
    private string DescribeSplit(IReadOnlyList<string> pieces) =>
        MessageText.FirstFew(pieces.Select((p, i) => i == 0 ? p : (_vocabulary.IsFunction(pieces[i - 1]) ? " " : "·") + p), "");

    /// <summary>A hint for a split run that is a function but for case: <c>Ln</c> (did you mean ln?).</summary>
    private string MeantFunction(string run) => LexicalErrors.DidYouMean(_vocabulary.FunctionIgnoringCase(run));

    private static bool IsSigma(ReadOnlySpan<char> piece) => piece is "σ" or "sigma";

    private FormulaToken Classify(ReadOnlySpan<char> piece, bool followedByParen)
    {
        if (IsSigma(piece)) return followedByParen ? FormulaToken.Function : FormulaToken.Name;
        if (_vocabulary.IsFunction(piece)) return FormulaToken.Function;
        if (_vocabulary.IsConstant(piece)) return FormulaToken.Constant;
        return FormulaToken.Name;
    }

    private int SuffixLength(int at) => SuffixLength(_text, at);

    /// <summary>The digits, Unicode subscript digits, or <c>_sub</c> / <c>_{sub}</c> that belong to a variable's name.</summary>
    internal static int SuffixLength(string text, int at)
    {
        var i = at;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is >= '₀' and <= '₉')) i++;
        if (i < text.Length && text[i] == '_')
        {
            var j = i + 1;
            if (j < text.Length && text[j] == '{')
            {
                var k = j + 1;
                while (k < text.Length && char.IsAsciiLetterOrDigit(text[k])) k++;
                if (k > j + 1 && k < text.Length && text[k] == '}') return k + 1 - at;
            }
            else
            {
                var k = j;
                while (k < text.Length && char.IsAsciiLetterOrDigit(text[k])) k++;
                if (k > j) return k - at;
            }
        }
        return i - at;
    }

    private Diagnostic? LexLatex()
    {
        var start = _pos;
        _pos++;
        if (_pos < _text.Length && !char.IsAsciiLetter(_text[_pos]))
        {
            var symbol = _text[_pos].ToString();
            _pos++;
            if (LatexCommands.Spacing.Contains(symbol)) return null;
            if (symbol is "{" or "}" or "|") return LexSymbol(_text[_pos - 1], start);
            return Error(DiagnosticCodes.UnknownLatexCommand, $"Unknown LaTeX command '\\{symbol}'.", start, 2, "\\" + symbol);
        }
        while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos])) _pos++;
        var command = _text[(start + 1).._pos];
        if (command.Length == 0)
            return Error(DiagnosticCodes.UnknownLatexCommand, "A '\\' must start a LaTeX command such as \\frac or \\sqrt.", start, 1, "\\", "a LaTeX command");
        if (LatexCommands.Spacing.Contains(command)) return null;
        if (LatexCommands.IsSizing(command))
        {
            _forcedBar = command == "left" || command.EndsWith('l') ? FormulaToken.AbsOpen
                : command == "right" || command.EndsWith('r') ? FormulaToken.AbsClose
                : FormulaToken.None;
            return null;
        }
        if (LatexCommands.Operators.TryGetValue(command, out var op)) { Add(op, start, _pos - start); return null; }
        if (command == "partial") return DerivativeNotationReader.StrayPartial(new SourceSpan(start, _pos - start));
        if (command == "operatorname") return LexOperatorName(start);
        if (command == "pi") { Add(FormulaToken.Constant, start, _pos - start); return null; }
        if (command == "log" && _pos < _text.Length && _text[_pos] == '_') return LexLogBase(start, latex: true);
        if (_vocabulary.IsFunction(command)) { Add(FormulaToken.Function, start, _pos - start); return null; }
        if (GreekLetters.BySpelling.ContainsKey(command))
        {
            var sigmaCall = IsSigma(command) && NextNonSpaceIsParen();
            if (!sigmaCall)
            {
                _pos += SuffixLength(_pos);
                if (IsSigma(command))
                    Warn(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.SigmaAsVariable,
                        "σ is read as a variable here; write \\sigma(z) for the sigmoid.", new SourceSpan(start, _pos - start)));
            }
            Add(sigmaCall ? FormulaToken.Function : FormulaToken.Name, start, _pos - start);
            return null;
        }
        return LexicalErrors.UnknownLatexCommand(_vocabulary, command, start, _pos - start);
    }

    /// <summary>
    /// <c>\log_{2}</c> (<c>\log_2</c>) and <c>\log_{10}</c> are one token, log2 and log10. Any other
    /// base is a <c>\log</c> token, a subscript mark and the base, braced (<c>\log_{3}</c>,
    /// <c>\log_{x+1}</c>, lexed as usual) or one digit or letter (<c>\log_b</c>); the grammar makes it log(x, b).
    /// Plain text writes the same without the backslash (<c>log_2(x)</c>, <c>log_b x</c>), except that a
    /// base of digits is all its digits (<c>log_10</c> is log10, <c>log_16</c> base 16), where LaTeX
    /// would typeset only the first and so asks for braces.
    /// </summary>
    private Diagnostic? LexLogBase(int start, bool latex)
    {
        var mark = _pos;
        var next = mark + 1 < _text.Length ? _text[mark + 1] : '\0';
        if (next == '{')
        {
            var close = _text.IndexOf('}', mark);
            var whole = close < 0 ? "" : _text[(mark + 2)..close];
            if (whole is "2" or "10")
            {
                _pos = close + 1;
                Add(FormulaToken.Function, start, _pos - start);
                return null;
            }
            Add(FormulaToken.Function, start, mark - start);
            Add(FormulaToken.Subscript, mark, 1);
            _pos = mark + 1;
            return null;
        }
        var baseEnd = mark + 2;
        if (!latex && char.IsAsciiDigit(next))
            while (baseEnd < _text.Length && char.IsAsciiDigit(_text[baseEnd])) baseEnd++;
        var single = char.IsAsciiDigit(next) || GreekLetters.IsNameLetter(next);
        var digitFollows = baseEnd < _text.Length && char.IsAsciiDigit(_text[baseEnd]);
        if (!single || (char.IsAsciiDigit(next) && digitFollows))
        {
            var end = Math.Min(mark + 2, _text.Length);
            return latex
                ? Error(DiagnosticCodes.UnknownLatexCommand, "\\log_ needs its base in braces, such as \\log_{3} or \\log_{10}.", start, end - start, _text[start..end], "\\log_{b}")
                : Error(DiagnosticCodes.UnexpectedCharacter, "log_ needs its base after the '_', such as log_2(x), log_b(x) or log_{x+1}(y).", start, end - start, _text[start..end], "log_b");
        }
        _pos = baseEnd;
        var digits = _text.AsSpan(mark + 1, baseEnd - mark - 1);
        if (digits is "2" || !latex && digits is "10")
        {
            Add(FormulaToken.Function, start, _pos - start);
            return null;
        }
        Add(FormulaToken.Function, start, mark - start);
        Add(FormulaToken.Subscript, mark, 1);
        Add(char.IsAsciiDigit(next) ? FormulaToken.Number : Classify(next.ToString(), followedByParen: false), mark + 1, baseEnd - mark - 1);
        return null;
    }

    private bool NextNonSpaceIsParen()
    {
        var rest = _text.AsSpan(_pos).TrimStart();
        return rest.StartsWith("(") || rest.StartsWith("\\left(");
    }

    private Diagnostic? LexOperatorName(int start)
    {
        var close = _pos < _text.Length && _text[_pos] == '{' ? _text.IndexOf('}', _pos) : -1;
        var name = close < 0 ? "" : _text[(_pos + 1)..close];
        if (close < 0 || !_vocabulary.IsFunction(name))
            return Error(DiagnosticCodes.UnknownFunction, $"\\operatorname needs a known function name in braces, e.g. \\operatorname{{relu}}.", start, Math.Max(close + 1, _pos) - start, MessageText.Excerpt(_text, new SourceSpan(start, Math.Max(close + 1, _pos) - start)));
        _pos = close + 1;
        Add(FormulaToken.Function, start, _pos - start);
        return null;
    }

    private Diagnostic? LexSymbol(char c, int? startOverride = null)
    {
        var start = startOverride ?? _pos;
        if (startOverride is null) _pos++;
        FormulaToken kind;
        switch (c)
        {
            case '+': kind = FormulaToken.Plus; break;
            case '-' or '\u2212' or '\u2013': kind = FormulaToken.Minus; break;
            case '*':
                if (_pos < _text.Length && _text[_pos] == '*') { _pos++; kind = FormulaToken.Caret; }
                else kind = FormulaToken.Star;
                break;
            case '\u00B7' or '\u22C5' or '\u00D7' or '\u2217': kind = FormulaToken.Star; break;
            case '/' or '\u00F7' or '\u2215': kind = FormulaToken.Slash; break;
            case '^': kind = FormulaToken.Caret; break;
            case '(': kind = FormulaToken.LParen; break;
            case ')': kind = FormulaToken.RParen; break;
            case '[': kind = FormulaToken.LBracket; break;
            case ']': kind = FormulaToken.RBracket; break;
            case '{': kind = FormulaToken.LBrace; break;
            case '}': kind = FormulaToken.RBrace; break;
            case ',': kind = FormulaToken.Comma; break;
            case '√': kind = FormulaToken.SqrtSign; break;
            case '∛': kind = FormulaToken.CbrtSign; break;
            case '|': kind = BarKind(); break;
            case var sup when IsSuperscript(sup):
                // Signs may only lead: ⁻¹² is one exponent, ²⁻ is an exponent followed by a stray sign.
                var signsLead = sup is '⁻' or '⁺';
                while (_pos < _text.Length && IsSuperscript(_text[_pos]) && (signsLead || _text[_pos] is not ('⁻' or '⁺')))
                {
                    if (_text[_pos] is not ('⁻' or '⁺')) signsLead = false;
                    _pos++;
                }
                kind = FormulaToken.Superscript;
                break;
            case '=': return LexicalErrors.EqualsSign(_text, start);
            case '∂': return DerivativeNotationReader.StrayPartial(new SourceSpan(start, 1));
            default:
                return LexicalErrors.UnexpectedCharacter(_text, start);
        }
        Add(kind, start, _pos - start);
        return null;
    }

    private static bool IsSuperscript(char c) => c is '²' or '³' or '¹' or '⁰' or (>= '⁴' and <= '⁹') or '⁻' or '⁺';

    private FormulaToken BarKind()
    {
        var forced = _forcedBar;
        _forcedBar = FormulaToken.None;
        var open = forced == FormulaToken.AbsOpen || (forced != FormulaToken.AbsClose && (!LastEndsOperand || _openAbs == 0));
        if (open) { _openAbs++; return FormulaToken.AbsOpen; }
        _openAbs = Math.Max(0, _openAbs - 1);
        return FormulaToken.AbsClose;
    }
}

/// <summary>The tokens of a formula, its lexical warnings, and the first lexical error if any.</summary>
internal sealed record LexResult(Token<FormulaToken>[] Tokens, IReadOnlyList<Diagnostic> Warnings, Diagnostic? Error);
