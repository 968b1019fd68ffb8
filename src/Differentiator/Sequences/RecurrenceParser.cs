using System.Text.RegularExpressions;
using Differentiator.Expressions;
using Differentiator.Syntax;

namespace Differentiator.Sequences;

/// <summary>
/// Reads <c>a(1) = 1, b(1) = 1, a(n+1) = a(n) + 2b(n) + 2, b(n+1) = 2a(n) + 3b(n) + 1</c>:
/// definitions separated by commas, semicolons or line breaks (a comma inside brackets belongs to
/// its call), each <c>name(index) = formula</c> in the project's formula language.
/// </summary>
internal static partial class RecurrenceParser
{
    [GeneratedRegex(@"^\s*([A-Za-z][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex NameBeforeParen();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])([A-Za-z])\s*\(")]
    private static partial Regex LetterBeforeParen();

    public static (IReadOnlyList<string> Names, string IndexVariable, IReadOnlyList<SequenceDefinition> Definitions) Parse(string text)
    {
        var parts = Split(text);
        if (parts.Count == 0)
            throw Error(text, new SourceSpan(0, Math.Max(1, text.Length)), "No definitions: write them as a(1) = 1, a(n+1) = 2a(n).");
        var names = new List<string>();
        foreach (var (part, at) in parts)
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0) throw Error(text, new SourceSpan(at, part.Length), $"'{part.Trim()}' is not a definition: write name(index) = formula, such as a(n+1) = 2a(n).");
            var name = NameBeforeParen().Match(part[..eq]);
            if (!name.Success) throw Error(text, new SourceSpan(at, eq), "The left side must be a sequence and its index, such as a(1) or a(n+1).");
            if (!names.Contains(name.Groups[1].Value)) names.Add(name.Groups[1].Value);
        }
        var options = new ParseOptions { Declarations = [.. names.Select(n => new FunctionDeclaration(n))] };
        string? indexVariable = null;
        var definitions = new List<SequenceDefinition>();
        foreach (var (part, at) in parts)
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var left = ParseSide(text, part[..eq], at, options);
            var rightText = part[(eq + 1)..];
            var rightAt = at + eq + 1;
            if (left is not Call { Function.IsDeclared: true } call)
                throw Error(text, new SourceSpan(at, eq), "The left side must be a sequence and its index, such as a(1) or a(n+1).");
            var (index, variable, offset) = ReadIndex(text, call.Arguments[0], new SourceSpan(at, eq));
            if (variable is not null)
            {
                if (indexVariable is not null && indexVariable != variable)
                    throw Error(text, new SourceSpan(at, eq), $"Every rule must use the same index variable; {indexVariable} and {variable} are both used.");
                indexVariable = variable;
            }
            CheckReferences(text, rightText, rightAt, names, indexVariable ?? "n");
            var right = ParseSide(text, rightText, rightAt, options);
            definitions.Add(new SequenceDefinition(call.Function.Name, index, offset, right, part.Trim(), new SourceSpan(at, part.Length)));
        }
        return (names, indexVariable ?? "n", definitions);
    }

    /// <summary>The definitions and where each starts; commas inside brackets do not split.</summary>
    private static List<(string Part, int At)> Split(string text)
    {
        var parts = new List<(string, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ',';
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && c is ',' or ';' or '\n' or '\r')
            {
                if (!string.IsNullOrWhiteSpace(text[start..i])) parts.Add((text[start..i], start));
                start = i + 1;
            }
        }
        return parts;
    }

    private static Expr ParseSide(string text, string side, int at, ParseOptions options)
    {
        if (Formula.TryParse(side, out var formula, out var error, options)) return formula.Expression;
        var span = new SourceSpan(at + error.Span.Start, Math.Max(1, Math.Min(error.Span.Length, Math.Max(1, side.Length - error.Span.Start))));
        throw Error(text, span, error.Message);
    }

    /// <summary>An index is an integer (an initial value) or the index variable plus an integer offset.</summary>
    private static (int? Index, string? Variable, int Offset) ReadIndex(string text, Expr index, SourceSpan span)
    {
        if (index is Rational { IsInteger: true } r && r.Numerator >= int.MinValue / 2 && r.Numerator <= int.MaxValue / 2)
            return ((int)r.Numerator, null, 0);
        if (index is Symbol s) return (null, s.Name, 0);
        if (index is Sum { Terms.Count: 2 } sum
            && sum.Terms.OfType<Symbol>().SingleOrDefault() is { } v
            && sum.Terms.OfType<Rational>().SingleOrDefault() is { IsInteger: true } c && Fits(c))
            return (null, v.Name, (int)c.Numerator);
        throw Error(text, span, $"An index must be an integer, as in a(1), or the index variable plus an integer, as in a(n+1); {index} is neither.");
    }

    private static bool Fits(Rational c) => c.Numerator >= -1_000_000 && c.Numerator <= 1_000_000;

    /// <summary>A single letter other than the index, applied to brackets, that names no sequence: an unknown sequence.</summary>
    private static void CheckReferences(string text, string right, int at, IReadOnlyList<string> names, string indexVariable)
    {
        foreach (Match m in LetterBeforeParen().Matches(right))
        {
            var letter = m.Groups[1].Value;
            if (letter == indexVariable || names.Contains(letter) || letter is "e") continue;
            throw Error(text, new SourceSpan(at + m.Index, 1),
                $"{letter}(…) names no sequence of this system (its sequences are {string.Join(", ", names)}); define {letter} too, or write {letter}*(…) for a product.");
        }
    }

    public static InvalidInputException Error(string text, SourceSpan span, string message) =>
        new(message, ErrorCodes.InvalidInput, text, span);
}
