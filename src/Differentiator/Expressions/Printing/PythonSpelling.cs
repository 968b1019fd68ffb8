using System.Collections.Concurrent;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// A function's Python spelling (<see cref="MathFunction.PythonFormat"/>) cut once into literal
/// text and argument places, so that printing writes it piece by piece into the one output.
/// </summary>
internal sealed class PythonSpelling
{
    private static readonly ConcurrentDictionary<MathFunction, PythonSpelling> Cache = new();

    /// <summary><c>log(x, b)</c>.</summary>
    public static readonly PythonSpelling LogarithmToBase = Parse("log({0}, {1})");

    private PythonSpelling(IReadOnlyList<Piece> pieces, bool isOneCall)
    {
        Pieces = pieces;
        IsOneCall = isOneCall;
    }

    /// <summary>Literal text and argument places, in order.</summary>
    public IReadOnlyList<Piece> Pieces { get; }

    /// <summary>
    /// Whether the spelling is a single call, <c>name(…)</c>, which binds as tightly as a name;
    /// anything else (<c>1/(1 + exp(-(x)))</c>) must be bracketed where it is a factor.
    /// </summary>
    public bool IsOneCall { get; }

    public static PythonSpelling Of(MathFunction f) => Cache.GetOrAdd(f, static f => Parse(f.PythonFormat));

    private static PythonSpelling Parse(string format)
    {
        var pieces = new List<Piece>();
        var literal = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '{') continue;
            var close = format.IndexOf('}', i);
            if (i > literal) pieces.Add(new Piece(format[literal..i], null));
            pieces.Add(new Piece(null, int.Parse(format.AsSpan(i + 1, close - i - 1), System.Globalization.CultureInfo.InvariantCulture)));
            literal = close + 1;
            i = close;
        }
        if (literal < format.Length) pieces.Add(new Piece(format[literal..], null));
        return new PythonSpelling(pieces, IsOneCallText(format));
    }

    private static bool IsOneCallText(string format)
    {
        var name = 0;
        while (name < format.Length && (char.IsAsciiLetterOrDigit(format[name]) || format[name] == '_')) name++;
        if (name == 0 || name >= format.Length || format[name] != '(' || format[^1] != ')') return false;
        var depth = 0;
        for (var i = name; i < format.Length; i++)
        {
            if (format[i] == '(') depth++;
            else if (format[i] == ')' && --depth == 0) return i == format.Length - 1;
        }
        return false;
    }

    /// <summary>Literal <see cref="Text"/>, or the place of argument <see cref="Argument"/>.</summary>
    public sealed record Piece(string? Text, int? Argument);
}
