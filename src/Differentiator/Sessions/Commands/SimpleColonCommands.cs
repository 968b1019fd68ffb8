using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>:help</c>: every command with an example.</summary>
internal sealed class HelpCommand : IColonCommand
{
    public string Name => "help";

    public HelpEntry Help { get; } = new(":help", ":help", "Lists every command with an example.");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile) =>
        new(session, new HelpResult(Session.Help));
}

/// <summary><c>:defs</c>: the definitions, in the order made.</summary>
internal sealed class DefsCommand : IColonCommand
{
    public string Name => "defs";

    public HelpEntry Help { get; } = new(":defs", ":defs", "Lists the definitions, as written and expanded.");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        ColonCommands.NoArgument(line, Name, argument);
        var table = session.Table;
        return new(session, new DefinitionsResult([.. table.Definitions.Select(d => new DefinitionEntry(d, table.Find(d.Name)!.Formula, table.UsedBy(d.Name)))]));
    }
}

/// <summary><c>:format text|latex|code</c>: how formulas are printed from now on.</summary>
internal sealed class FormatCommand : IColonCommand
{
    public string Name => "format";

    public HelpEntry Help { get; } = new(":format text|latex|code", ":format latex", "Prints formulas as text, LaTeX or code from now on (:format alone says which).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (argument.Length == 0) return new(session, new FormatResult(session.Format));
        var text = LineSpans.Text(line, argument);
        if (!Enum.TryParse<DisplayFormat>(text, ignoreCase: true, out var format) || !Enum.IsDefined(format) || text.Any(char.IsDigit))
            throw LineError.At(line, argument, SessionCodes.BadCommand, $"The formats are text, latex and code, not '{text}'.");
        return new(session.With(format: format), new FormatResult(format));
    }
}

/// <summary><c>:quit</c>: ends the session (the front end does).</summary>
internal sealed class QuitCommand : IColonCommand
{
    public string Name => "quit";

    public HelpEntry Help { get; } = new(":quit", ":quit", "Ends the session (so does Ctrl-D).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (inFile) throw ColonCommands.OnlyAtPrompt(line, Name);
        ColonCommands.NoArgument(line, Name, argument);
        return new(session, new QuitRequest());
    }
}
