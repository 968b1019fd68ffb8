using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>A <c>:command</c> of the session: its name, its help, and what it does with the text after it.</summary>
internal interface IColonCommand
{
    /// <summary>The name after ':'.</summary>
    string Name { get; }

    /// <summary>The <c>:help</c> entry.</summary>
    HelpEntry Help { get; }

    /// <summary>Runs the command; <paramref name="argument"/> is the trimmed text after its name.</summary>
    /// <exception cref="LineError">The argument is wrong, or the command does not work inside a file.</exception>
    CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile);
}

/// <summary>The lines that start with ':' (<c>:help</c>, <c>:defs</c>, …), each routed to its command by name.</summary>
internal sealed class ColonCommands(IReadOnlyList<IColonCommand> commands) : ISessionCommand
{
    public IReadOnlyList<HelpEntry> Help { get; } = [.. commands.Select(c => c.Help)];

    public IReadOnlyList<string> Names { get; } = [.. commands.Select(c => ":" + c.Name)];

    public CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile)
    {
        if (line[content.Start] != ':') return null;
        var nameEnd = content.Start + 1;
        while (nameEnd < content.End && char.IsAsciiLetter(line[nameEnd])) nameEnd++;
        var name = line[(content.Start + 1)..nameEnd];
        var command = commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            var guess = commands.FirstOrDefault(c => name.Length > 0 && c.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase));
            throw LineError.At(line, new SourceSpan(content.Start, nameEnd - content.Start), SessionCodes.UnknownCommand,
                $"Unknown command ':{name}'" + (guess is null ? "." : $"; did you mean :{guess.Name}?") + $" The commands are {string.Join(", ", Names)}.");
        }
        return command.Run(session, line, LineSpans.Between(line, nameEnd, content.End), inFile);
    }

    /// <summary>The error for a command that only works at the prompt.</summary>
    public static LineError OnlyAtPrompt(string line, string name) =>
        LineError.At(line, LineSpans.Trim(line, new SourceSpan(0, line.Length)), SessionCodes.NotInFile, $":{name} works at the prompt, not inside a .dx file.");

    /// <summary>The error for a command given an argument it does not take.</summary>
    public static void NoArgument(string line, string name, SourceSpan argument)
    {
        if (argument.Length > 0)
            throw LineError.At(line, argument, SessionCodes.BadCommand, $":{name} takes nothing after it.");
    }
}
