using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Definitions;

/// <summary>
/// A definition may call only functions that are defined: in its body, a letter written right
/// before '(' that is neither a parameter nor a defined name would silently read as a product
/// (<c>g(x)</c> as g·x), so it is refused instead.
/// </summary>
internal static class UndefinedCalls
{
    /// <exception cref="DefinitionException">The body calls a letter that names nothing.</exception>
    public static void Check(Definition definition, IReadOnlyDictionary<string, Definition> defined)
    {
        var body = definition.Body;
        for (var i = 1; i < body.Length; i++)
        {
            if (body[i] != '(' || !Names.IsLetter(body[i - 1]) || (i >= 2 && Names.Continues(body[i - 2]))) continue;
            var name = body[i - 1].ToString();
            if (definition.Parameters.Contains(name) || defined.ContainsKey(name) || name is "e" or "E") continue;
            var close = body.IndexOf(')', i);
            var call = close < 0 ? body[(i - 1)..] : body[(i - 1)..(close + 1)];
            throw new DefinitionException(SessionCodes.NotDefined,
                $"{name} is not defined, so {call} would read as the product {name}·{call[1..]}. " +
                $"Define {name} first (a definition may call only defined functions), or write {name}*{call[1..]} for the product.",
                new SourceSpan(i - 1, 1));
        }
    }
}
