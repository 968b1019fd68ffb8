using System.Text.RegularExpressions;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Lines;

/// <summary>A prime derivative: the function's name, the order, and the span of its argument if one is given.</summary>
internal sealed record PrimeMatch(string Name, SourceSpan NameSpan, int Order, SourceSpan? Argument);

/// <summary>Recognises Lagrange's notation for a function of one variable: <c>f'</c>, <c>f''(x)</c>, <c>f'(3)</c>, <c>f′(x)</c>.</summary>
internal static partial class PrimeNotation
{
    [GeneratedRegex(@"^(?<name>" + Names.Pattern + @")(?<primes>(?:'|′|″)+)\s*(?:\((?<arg>.*)\))?$")]
    private static partial Regex Prime();

    /// <summary>The prime notation that makes up the whole of <paramref name="span"/>, or null.</summary>
    public static PrimeMatch? Match(string line, SourceSpan span)
    {
        var m = Prime().Match(LineSpans.Text(line, span));
        if (!m.Success) return null;
        var order = m.Groups["primes"].Value.Sum(c => c == '″' ? 2 : 1);
        var name = m.Groups["name"];
        var arg = m.Groups["arg"];
        return new PrimeMatch(Names.Normalize(name.Value), new SourceSpan(span.Start + name.Index, name.Length), order,
            arg.Success ? new SourceSpan(span.Start + arg.Index, arg.Length) : null);
    }
}
