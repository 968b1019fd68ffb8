using System.Text.RegularExpressions;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Definitions;

/// <summary>The parts of a definition line: the name, the parameters (each with its span), and the body's span.</summary>
internal sealed record DefinitionLine(string Name, SourceSpan NameSpan, IReadOnlyList<(string Name, SourceSpan Span)> Parameters, SourceSpan Body);

/// <summary>Reads the left side of <c>f(x, y) = …</c> and <c>a = …</c>; any line with '=' outside brackets is meant as a definition.</summary>
internal static partial class DefinitionSyntax
{
    [GeneratedRegex(@"^(?<name>" + Names.Pattern + @")\s*(?:\(\s*(?:(?<param>" + Names.Pattern + @")\s*(?:,\s*(?<param>" + Names.Pattern + @")\s*)*)?\))?$")]
    private static partial Regex Head();

    /// <summary>The definition in the line, or null when the line has no '=' outside brackets.</summary>
    /// <exception cref="LineError">The left side is not a name or a function head, or the body is missing.</exception>
    public static DefinitionLine? Read(string line, SourceSpan content)
    {
        var eq = EqualsSign(line, content);
        if (eq < 0) return null;
        var head = LineSpans.Between(line, content.Start, eq);
        var body = LineSpans.Between(line, eq + 1, content.End);
        var m = Head().Match(LineSpans.Text(line, head));
        if (head.Length == 0 || !m.Success)
            throw LineError.At(line, head.Length == 0 ? new SourceSpan(eq, 1) : head, SessionCodes.BadDefinition,
                "The left side of '=' must be a name (a = 3) or a function with its parameters (f(x, y) = 2x + 3xy + y^3).");
        if (body.Length == 0)
            throw LineError.At(line, new SourceSpan(eq, 1), SessionCodes.BadDefinition, "Nothing follows '='; write the formula that defines the name.");
        var name = m.Groups["name"];
        var parameters = m.Groups["param"].Captures
            .Select(c => (Names.Normalize(c.Value), new SourceSpan(head.Start + c.Index, c.Length))).ToList();
        if (parameters.Count == 0 && LineSpans.Text(line, head).Contains('(', StringComparison.Ordinal))
            throw LineError.At(line, head, SessionCodes.BadDefinition, "A function needs at least one parameter: f(x) = x^2.");
        return new DefinitionLine(Names.Normalize(name.Value), new SourceSpan(head.Start + name.Index, name.Length), parameters, body);
    }

    /// <summary>The first '=' outside brackets that is not part of <c>==</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>!=</c>; -1 if none.</summary>
    private static int EqualsSign(string line, SourceSpan content)
    {
        var depth = 0;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = line[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth = Math.Max(0, depth - 1);
            else if (c == '=' && depth == 0) return i;
        }
        return -1;
    }
}
