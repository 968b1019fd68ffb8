namespace Differentiator.Syntax;

/// <summary>
/// Reads derivative notation at the start of a text, by hand, before the formula grammar sees it
/// (the grammar would read <c>d/dx x^2</c> as d·x·x²/d). The forms are those of
/// <c>grammar/formula.ebnf</c>, rule DerivativeNotation:
/// <c>d/dx f</c>, <c>d^2/dx^2 f</c>, <c>d²/dx² f</c>, <c>∂/∂x f</c>, <c>\frac{d}{dx} f</c>,
/// <c>\frac{\partial^2}{\partial x^2} f</c>, <c>d(f)/dx</c>, <c>\frac{d(f)}{dx}</c>; and, as errors,
/// <c>dy/dx</c> (no formula), <c>d/dx</c> with nothing after it, orders that differ.
/// </summary>
internal sealed class DerivativeNotationReader
{
    private readonly string _text;
    private readonly int _end;
    private int _pos;

    private DerivativeNotationReader(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _end = end;
    }

    /// <summary>Derivative notation with a formula, or the error for notation without one; both null for other text.</summary>
    internal readonly record struct Result(DerivativeNotation? Notation, Diagnostic? Error, string? Problem = null)
    {
        /// <summary>The error a formula that starts with derivative notation gets (DX0011), or null for other text.</summary>
        public Diagnostic? AsFormulaError() => Error ?? (Notation is { } n ? NotPartOfAFormula(n) : null);
    }

    public static Result Read(string text)
    {
        var first = text.AsSpan(ByteOrderMark.Skip(text)).TrimStart();
        if (first.IsEmpty || first[0] is not ('d' or '∂' or '\\')) return default; // most formulas: no reader made
        var reader = new DerivativeNotationReader(text, ByteOrderMark.Skip(text), text.Length);
        reader.SkipSpace();
        if (reader.Peek is not ('d' or '∂' or '\\')) return default;
        var begin = reader._pos;
        return reader.ReadFrac(begin) ?? new DerivativeNotationReader(text, begin, text.Length).ReadSlash(begin) ?? default;
    }

    /// <summary>A '∂' or <c>\partial</c> elsewhere in a formula.</summary>
    public static Diagnostic StrayPartial(SourceSpan span) =>
        Refuse(span, "Derivative notation (∂) is not part of a formula; use `dx diff \"<formula>\" --wrt x`.");

    private static Diagnostic NotPartOfAFormula(DerivativeNotation n) =>
        Refuse(n.OperatorSpan, $"Derivative notation is not part of a formula; use `{DerivativeNotation.DiffCommand(n.Formula, n.Variable, n.Order)}`.");

    private char Peek => _pos < _end ? _text[_pos] : '\0';

    private bool AtEnd => _pos >= _end;

    /// <summary><c>d/dx</c>, <c>d^2/dx^2</c>, <c>∂/∂x</c>, <c>d(f)/dx</c>, <c>dy/dx</c>.</summary>
    private Result? ReadSlash(int begin)
    {
        if (ReadD() is not { } partial) return null;
        var above = ReadOrder();
        SkipSpace();
        string? inner = null;
        string? dependent = null;
        var innerStart = _pos;
        if (Peek == '(')
        {
            var close = Matching('(', ')', _pos);
            if (close < 0) return null;
            inner = _text[_pos..(close + 1)];
            _pos = close + 1;
        }
        else if (StartsName(Peek))
        {
            dependent = ReadVariable();
            if (dependent is null) return null;
        }
        SkipSpace();
        if (Peek != '/') return null;
        _pos++;
        SkipSpace();
        if (ReadD() is null) return null;
        SkipSpace();
        if (ReadVariable() is not { } variable) return null;
        var below = ReadOrder();
        return Finish(begin, _pos, partial, above, below, variable, inner, innerStart, dependent);
    }

    /// <summary><c>\frac{d}{dx}</c>, <c>\frac{d^2}{dx^2}</c>, <c>\frac{\partial}{\partial x}</c>, <c>\frac{d(f)}{dx}</c>, <c>\frac{dy}{dx}</c>.</summary>
    private Result? ReadFrac(int begin)
    {
        if (!ReadCommand("frac") && !ReadCommand("dfrac") && !ReadCommand("tfrac")) return null;
        if (ReadBraces() is not var (numeratorStart, numeratorEnd) || ReadBraces() is not var (denominatorStart, denominatorEnd)) return null;

        var numerator = new DerivativeNotationReader(_text, numeratorStart, numeratorEnd);
        numerator.SkipSpace();
        if (numerator.ReadD() is not { } partial) return null;
        var above = numerator.ReadOrder();
        numerator.SkipSpace();
        var innerStart = numerator._pos;
        var inner = numerator.AtEnd ? null : _text[numerator._pos..numeratorEnd].TrimEnd();
        string? dependent = null;
        if (inner is not null && numerator.ReadVariable() is { } name)
        {
            numerator.SkipSpace();
            if (numerator.AtEnd) (dependent, inner) = (name, null);
        }

        var denominator = new DerivativeNotationReader(_text, denominatorStart, denominatorEnd);
        denominator.SkipSpace();
        if (denominator.ReadD() is null) return null;
        denominator.SkipSpace();
        if (denominator.ReadVariable() is not { } variable) return null;
        var below = denominator.ReadOrder();
        denominator.SkipSpace();
        if (!denominator.AtEnd) return null;
        return Finish(begin, _pos, partial, above, below, variable, inner, innerStart, dependent);
    }

    private Result Finish(int begin, int operatorEnd, bool partial, int? above, int? below, string variable,
        string? inner, int innerStart, string? dependent)
    {
        var span = new SourceSpan(begin, operatorEnd - begin);
        var written = MessageText.Excerpt(span.Of(_text));
        var name = NameText.Normalize(variable);
        var order = above ?? 1;
        if (order < 1 || (below ?? 1) != order)
            return Error(span, $"the order of '{written}' is unclear (d^2/dx^2 is a second derivative)", $"use `{DerivativeNotation.DiffCommand("<formula>", name, 1)} --order n`");
        if (dependent is not null)
            return Error(span, $"'{written}' has no formula to differentiate", $"use `{DerivativeNotation.DiffCommand($"<formula for {NameText.Normalize(dependent)}>", name, order)}`");
        SkipSpace();
        if (inner is not null)
        {
            var notation = new DerivativeNotation(name, order, partial, inner, innerStart, span);
            return AtEnd ? new Result(notation, null) : new Result(null, NotPartOfAFormula(notation));
        }
        var formulaStart = _pos;
        var formula = _text[_pos.._end].TrimEnd();
        if (formula.Length == 0)
            return Error(span, $"nothing follows '{written}' to differentiate", $"use `{DerivativeNotation.DiffCommand("<formula>", name, order)}`");
        return new Result(new DerivativeNotation(name, order, partial, formula, formulaStart, span), null);
    }

    /// <summary>An error: <paramref name="problem"/> (a clause: what is wrong with the notation) and, for a formula, <paramref name="remedy"/>.</summary>
    private static Result Error(SourceSpan span, string problem, string remedy) =>
        new(null, Refuse(span, $"Derivative notation is not part of a formula, and {problem}; {remedy}."), problem);

    private static Diagnostic Refuse(SourceSpan span, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.DerivativeNotation, message, span, "derivative notation", ["a formula such as x^2"]);

    /// <summary>d, ∂, <c>\partial</c>, <c>\mathrm{d}</c>: true for ∂, false for d, null for neither.</summary>
    private bool? ReadD()
    {
        if (Peek == 'd') { _pos++; return false; }
        if (Peek == '∂') { _pos++; return true; }
        if (ReadCommand("partial")) return true;
        if (Follows("\\mathrm{d}")) { _pos += "\\mathrm{d}".Length; return false; }
        return null;
    }

    /// <summary>
    /// An order written after d or dx: <c>^2</c>, <c>^{2}</c>, <c>²</c>. Null when there is none,
    /// 0 when one is written but is not a whole number from 1 (<c>^x</c>, <c>^0</c>).
    /// </summary>
    private int? ReadOrder()
    {
        var start = _pos;
        string digits;
        if (Peek == '^')
        {
            _pos++;
            SkipSpace();
            var braced = Peek == '{';
            if (braced) _pos++;
            var from = _pos;
            while (char.IsAsciiDigit(Peek)) _pos++;
            digits = _text[from.._pos];
            if (braced && Peek == '}') _pos++;
            else if (braced) return 0;
        }
        else
        {
            var from = _pos;
            while (Peek is '¹' or '²' or '³' or '⁰' or (>= '⁴' and <= '⁹')) _pos++;
            if (_pos == from) return null;
            digits = string.Concat(_text[from.._pos].Select(c => (char)('0' + "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(c))));
        }
        return int.TryParse(digits, out var n) && n >= 1 && _pos > start ? n : 0;
    }

    /// <summary>A variable's name as the lexer reads one: a letter (or a spelled or LaTeX Greek letter) with its digits and subscript.</summary>
    private string? ReadVariable()
    {
        var start = _pos;
        if (Peek == '\\')
        {
            var end = _pos + 1;
            while (end < _end && char.IsAsciiLetter(_text[end])) end++;
            if (!GreekLetters.BySpelling.ContainsKey(_text[(_pos + 1)..end])) return null;
            _pos = end;
        }
        else if (GreekLetters.IsNameLetter(Peek))
        {
            var spelled = GreekLetters.BySpelling.Keys.Where(k => _text.AsSpan(_pos, _end - _pos).StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
            _pos += spelled?.Length ?? 1;
        }
        else return null;
        _pos = Math.Min(_end, _pos + Lexer.SuffixLength(_text, _pos));
        return _text[start.._pos];
    }

    private static bool StartsName(char c) => GreekLetters.IsNameLetter(c) || c == '\\';

    /// <summary>A <c>{…}</c> group: the range inside the braces.</summary>
    private (int Start, int End)? ReadBraces()
    {
        SkipSpace();
        if (Peek != '{') return null;
        var close = Matching('{', '}', _pos);
        if (close < 0) return null;
        var inside = (_pos + 1, close);
        _pos = close + 1;
        return inside;
    }

    private int Matching(char open, char close, int at)
    {
        var depth = 0;
        for (var i = at; i < _end; i++)
        {
            if (_text[i] == open) depth++;
            else if (_text[i] == close && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>A LaTeX command such as <c>\frac</c>, not followed by more letters.</summary>
    private bool ReadCommand(string name)
    {
        if (!Follows("\\" + name)) return false;
        var after = _pos + 1 + name.Length;
        if (after < _end && char.IsAsciiLetter(_text[after])) return false;
        _pos = after;
        return true;
    }

    private bool Follows(string s) => _text.AsSpan(_pos, _end - _pos).StartsWith(s, StringComparison.Ordinal);

    /// <summary>White space and LaTeX spacing (<c>\,</c>, <c>\quad</c>, …).</summary>
    private void SkipSpace()
    {
        while (!AtEnd)
        {
            if (char.IsWhiteSpace(Peek)) { _pos++; continue; }
            if (Peek != '\\') return;
            var end = _pos + 1;
            while (end < _end && char.IsAsciiLetter(_text[end])) end++;
            if (end == _pos + 1 && end < _end) end++;
            if (!LatexCommands.Spacing.Contains(_text[(_pos + 1)..end])) return;
            _pos = end;
        }
    }
}
