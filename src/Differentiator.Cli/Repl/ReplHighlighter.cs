using Differentiator.Sessions;
using RadLine;
using Spectre.Console;

namespace Differentiator.Cli.Repl;

/// <summary>
/// Colours the line being typed, one word at a time (RadLine's words are runs of letters and
/// digits, and single other characters): numbers, built-in functions, defined names, command words.
/// </summary>
internal sealed class ReplHighlighter(Func<Session> session) : IHighlighter
{
    private static readonly Style Number = new(Color.Aqua);
    private static readonly Style Function = new(Color.DodgerBlue1);
    private static readonly Style Defined = new(Color.Green);
    private static readonly Style Command = new(Color.Yellow);
    private static readonly Style Operator = new(Color.Grey);

    private static readonly HashSet<string> BuiltIns = [.. Session.BuiltInFunctions];
    private static readonly HashSet<string> Commands = [.. Session.CommandWords, .. Session.ColonCommands.Select(c => c[1..])];

    public Style Highlight(string token)
    {
        if (token.Length == 0) return Style.Plain;
        if (token.All(c => char.IsAsciiDigit(c) || c == '.')) return Number;
        if (token is "+" or "-" or "*" or "/" or "^" or "=" or "·" or "'" or ",") return Operator;
        if (token == ":") return Command;
        if (session().Definitions.Any(d => d.Name == token)) return Defined;
        if (BuiltIns.Contains(token)) return Function;
        return Commands.Contains(token) ? Command : Style.Plain;
    }
}
