using Differentiator.Sessions;
using RadLine;

namespace Differentiator.Cli.Repl;

/// <summary>Tab completion of built-in functions, defined names, command words and <c>:commands</c>.</summary>
internal sealed class ReplCompletion(Func<Session> session) : ITextCompletion
{
    public IEnumerable<string> GetCompletions(string prefix, string word, string suffix)
    {
        // RadLine's word runs between spaces, so it may carry a bracket or an operator before the name.
        var nameStart = word.Length;
        while (nameStart > 0 && (char.IsLetterOrDigit(word[nameStart - 1]) || word[nameStart - 1] is '_' or ':')) nameStart--;
        var lead = word[..nameStart];
        var name = word[nameStart..];
        if (name.Length == 0) return [];
        return Candidates(name.StartsWith(':'))
            .Where(c => c.StartsWith(name, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(c => lead + c)
            .ToList();
    }

    private IEnumerable<string> Candidates(bool colon) => colon
        ? Session.ColonCommands
        : session().DefinedNames.Concat(Session.BuiltInFunctions).Concat(Session.CommandWords);
}
