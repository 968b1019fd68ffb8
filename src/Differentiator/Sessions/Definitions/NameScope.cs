using Differentiator.Expressions;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Definitions;

/// <summary>
/// Reads formula text against a set of definitions: defined functions are expanded by the parser
/// (a call <c>f(1, 2)</c> reads as f's body with 1 and 2 put in), defined values and functions
/// written bare (<c>a</c>, <c>f</c> in <c>d/dx f</c>) are replaced by their expanded bodies, and
/// <c>ans</c> by the last result. Names bound as parameters are left alone.
/// </summary>
internal sealed class NameScope
{
    private const string MarkerOpen = "⟨";
    private const string MarkerClose = "⟩";

    private readonly IReadOnlyCollection<FunctionDefinition> _functions;
    private readonly IReadOnlyDictionary<string, Formula> _replacements;
    private readonly IReadOnlyList<string> _longNames;

    private NameScope(IReadOnlyCollection<FunctionDefinition> functions, IReadOnlyDictionary<string, Formula> replacements, IEnumerable<string> longNames)
    {
        _functions = functions;
        _replacements = replacements;
        _longNames = [.. longNames.Where(n => n.Length > 1).Append(Names.Answer).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The scope of resolved definitions.</summary>
    public NameScope(IEnumerable<ResolvedDefinition> resolved)
        : this(Functions(resolved), resolved.ToDictionary(r => r.Definition.Name, r => r.Formula, StringComparer.Ordinal), resolved.Where(r => !r.Definition.IsFunction).Select(r => r.Definition.Name))
    {
    }

    /// <summary>
    /// A scope in which each function's call reads as a marker symbol plus its arguments and values
    /// stay names, so that the variables of a parse name every definition the text uses.
    /// </summary>
    public static NameScope ForDependencies(IEnumerable<Definition> definitions)
    {
        var list = definitions.ToList();
        var markers = list.Where(d => d.IsFunction).Select(d => new FunctionDefinition(d.Name, d.Parameters,
            Expr.Add([Symbol.Of(MarkerOpen + d.Name + MarkerClose), .. d.Parameters.Select(p => (Expr)Symbol.Of(p))]))).ToList();
        return new NameScope(markers, new Dictionary<string, Formula>(), list.Where(d => !d.IsFunction).Select(d => d.Name));
    }

    /// <summary>The definition a marker symbol of <see cref="ForDependencies"/> stands for, or null for another name.</summary>
    public static string? MarkedName(string variable) =>
        variable.StartsWith(MarkerOpen, StringComparison.Ordinal) && variable.EndsWith(MarkerClose, StringComparison.Ordinal)
            ? variable[MarkerOpen.Length..^MarkerClose.Length]
            : null;

    /// <summary>The parser's options, with <paramref name="bound"/> names of more than one letter read as one variable each.</summary>
    public ParseOptions Options(IReadOnlyList<string> bound) => new()
    {
        Functions = _functions,
        Variables = [.. _longNames, .. bound.Where(b => b.Length > 1)],
    };

    /// <summary>Reads <paramref name="text"/> and expands the defined names in it, or returns null with the diagnostic (spans relative to the text).</summary>
    public Formula? Parse(string text, IReadOnlyList<string> bound, out Diagnostic? error) =>
        Read(text, bound, null, out error)?.Expanded;

    /// <summary>Reads <paramref name="text"/>: the formula as parsed (with its warnings) and with the defined names (and <c>ans</c>) put in.</summary>
    public ScopedFormula? Read(string text, IReadOnlyList<string> bound, Formula? answer, out Diagnostic? error)
    {
        if (!Formula.TryParse(text, out var parsed, out error, Options(bound))) return null;
        var replacements = new List<(string, Formula)>();
        foreach (var v in ExprWalk.VariablesInOrder(parsed.Expression))
        {
            if (bound.Contains(v)) continue;
            if (_replacements.TryGetValue(v, out var value)) replacements.Add((v, value));
            else if (v == Names.Answer)
            {
                if (answer is null)
                {
                    error = new Diagnostic(DiagnosticSeverity.Error, SessionCodes.NoAnswer, "ans is the last result, and there is none yet.", AnswerSpan(text));
                    return null;
                }
                replacements.Add((v, answer));
            }
        }
        // Substituting (even nothing) also gives the variables of the expanded tree: the parsed
        // formula lists those of the text, and a call f(2) may bring in a free name of f's body.
        return new ScopedFormula(parsed, parsed.Substitute([.. replacements]));
    }

    private static SourceSpan AnswerSpan(string text)
    {
        var at = text.IndexOf(Names.Answer, StringComparison.Ordinal);
        return at < 0 ? new SourceSpan(0, text.Length) : new SourceSpan(at, Names.Answer.Length);
    }

    private static FunctionDefinition[] Functions(IEnumerable<ResolvedDefinition> resolved) =>
        [.. resolved.Select(r => r.Function).OfType<FunctionDefinition>()];
}

/// <summary>A formula as the parser read it (with its warnings, spans relative to its text) and with the defined names put in.</summary>
internal sealed record ScopedFormula(Formula Parsed, Formula Expanded);
