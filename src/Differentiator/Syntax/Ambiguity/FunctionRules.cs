using static Differentiator.Syntax.AmbiguityDetector;
using static Differentiator.Syntax.Rewrite;

namespace Differentiator.Syntax;

/// <summary>
/// The warnings about functions (see <c>grammar/README.md</c>, Warnings):
/// <list type="bullet">
/// <item>DX1003: a function without parentheses takes the whole product after it: <c>sin 2x</c> = sin(2x),
/// <c>sin^2 2x</c> = sin(2x)^2.</item>
/// <item>DX1007: a power -1 written on a function's name is a power, not the inverse function:
/// <c>sin^-1 x</c> = 1/sin(x), not arcsin(x).</item>
/// </list>
/// </summary>
internal static class FunctionRules
{
    /// <summary>The inverse, in the function table, of a function whose inverse is commonly written f^-1.</summary>
    private static readonly Dictionary<string, (string Name, string Description)> Inverses = new(StringComparer.Ordinal)
    {
        ["sin"] = ("asin", "inverse sine"), ["cos"] = ("acos", "inverse cosine"), ["tan"] = ("atan", "inverse tangent"),
    };

    /// <summary>
    /// DX1003, for <c>sin 2x</c>; <paramref name="power"/> is the power of the call, written on the
    /// name (<c>sin^2 2x</c>) or as a superscript after the argument (<c>sin x y²⁻¹</c>, whose
    /// second superscript applies to the call).
    /// </summary>
    public static void CheckBareArgument(CallSyntax call, PowerSyntax? power, string source, List<Diagnostic> found)
    {
        if (call.Parenthesized || call.Arguments is not [ProductSyntax argument] || call.Function is "sqrt" or "cbrt") return;
        var span = power?.Span ?? call.Span;
        var written = MessageText.Excerpt(source, call.NameSpan);
        var onName = power is not null && SyntaxEdges.IsPowerOnName(power);
        var exponent = power is null ? "" : onName ? PowerOnName(power, call, source) : Text(power.Exponent, source);
        var first = $"{written}({Text(argument.Factors[0], source)}){(onName ? exponent : "")}";
        var rest = Factors(argument, 1, source);
        var suggestion = first + (char.IsAsciiDigit(rest[0]) || rest[0] == '.' ? "*" : " ") + rest;
        if (power is not null && !onName) suggestion = $"({suggestion}){exponent}";
        found.Add(Warn(DiagnosticCodes.FunctionWithoutParentheses, span,
            $"'{MessageText.Excerpt(source, span)}' is read as {written}({Text(argument, source)}){exponent}; write {suggestion} if the function applies to the first factor only.",
            suggestion));
    }

    /// <summary>DX1007: <c>sin^-1 x</c>, <c>\sin^{-1} x</c>, <c>sin⁻¹ x</c>, <c>tan^(-1)(x)</c>.</summary>
    public static void CheckPowerOnName(PowerSyntax power, CallSyntax call, string source, List<Diagnostic> found)
    {
        if (!IsMinusOne(power.Exponent)) return;
        var argument = call.Parenthesized ? SourceSpan.Cover(call.Arguments[0].Span, call.Arguments[^1].Span) : call.Arguments[0].Span;
        var x = MessageText.Excerpt(source, argument);
        var reading = $"1/{call.Function}({x})";
        var written = MessageText.Excerpt(source, power.Span);
        found.Add(Inverses.TryGetValue(call.Function, out var inverse)
            ? Warn(DiagnosticCodes.InverseFunctionNotation, power.Span,
                $"'{written}' is read as {reading}, not arc{call.Function}({x}); for the {inverse.Description} write {inverse.Name}({x}), for the reciprocal {reading}.",
                $"{inverse.Name}({x})")
            : Warn(DiagnosticCodes.InverseFunctionNotation, power.Span,
                $"'{written}' is read as {reading}, not the inverse function of {call.Function}; write {reading} to say so.",
                reading));
    }

    /// <summary>The power as written between the name and the argument, <c>^2</c> or <c>²</c>.</summary>
    private static string PowerOnName(PowerSyntax power, CallSyntax call, string source) =>
        MessageText.Excerpt(source, new SourceSpan(call.NameSpan.End, power.Exponent.Span.End - call.NameSpan.End)).Trim();

    /// <summary>-1 as an exponent: <c>-1</c>, <c>{-1}</c>, <c>(-1)</c>, <c>⁻¹</c>.</summary>
    private static bool IsMinusOne(SyntaxNode exponent)
    {
        while (exponent is GroupSyntax g) exponent = g.Inner;
        return exponent is SignSyntax { Negative: true, Operand: NumberSyntax { Text: "1", IsDecimal: false } };
    }
}
