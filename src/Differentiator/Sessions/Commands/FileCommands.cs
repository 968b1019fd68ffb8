using System.Text;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>:save file.dx</c>: asks the front end to write the definitions as REPL lines, each after the ones it uses.</summary>
internal sealed class SaveCommand : IColonCommand
{
    public string Name => "save";

    public HelpEntry Help { get; } = new(":save <file.dx>", ":save session.dx", "Writes the definitions to a .dx file (REPL lines; # starts a comment).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (inFile) throw ColonCommands.OnlyAtPrompt(line, Name);
        var path = FilePath.Read(line, argument, Name);
        var text = new StringBuilder("# dx session: definitions as REPL lines; load with :load or dx < file\n");
        foreach (var d in session.Table.InDependencyOrder()) text.Append(d).Append('\n');
        foreach (var r in session.Recurrences) text.Append(r).Append('\n');
        return new(session, new SaveRequest(path, text.ToString()));
    }
}

/// <summary><c>:load file.dx</c>: asks the front end to read a file, whose text <see cref="Session.Load"/> then runs.</summary>
internal sealed class LoadCommand : IColonCommand
{
    public string Name => "load";

    public HelpEntry Help { get; } = new(":load <file.dx>", ":load session.dx", "Runs the lines of a .dx file: its definitions join the session.");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (inFile) throw ColonCommands.OnlyAtPrompt(line, Name);
        return new(session, new LoadRequest(FilePath.Read(line, argument, Name)));
    }
}

/// <summary>The file name after <c>:save</c> and <c>:load</c>, optionally in quotes.</summary>
internal static class FilePath
{
    public static string Read(string line, SourceSpan argument, string command)
    {
        var path = LineSpans.Text(line, argument);
        if (path.Length >= 2 && path[0] is '"' or '\'' && path[^1] == path[0]) path = path[1..^1];
        if (path.Length == 0)
            throw LineError.At(line, new SourceSpan(argument.Start, 1), SessionCodes.BadCommand, $":{command} needs a file name: :{command} session.dx.");
        return path;
    }
}
