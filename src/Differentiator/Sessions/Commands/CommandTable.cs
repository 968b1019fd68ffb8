using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>The kinds of line a session knows, in the order they are tried: a plain formula comes last and takes any line.</summary>
internal static class CommandTable
{
    private static readonly ColonCommands Colon = new([
        new HelpCommand(), new DefsCommand(), new UndefCommand(), new SaveCommand(), new LoadCommand(), new FormatCommand(), new TableCommand(), new SeqCommand(), new QuitCommand(),
    ]);

    private static readonly FormulaCommand Formula = new();
    private static readonly DefineCommand Define = new();

    private static readonly ISessionCommand[] Commands =
    [
        Colon, new GradCommand(), new HessianCommand(), new StepsCommand(), new CompareCommand(), new NumDiffCommand(), new PlotCommand(), new RecurrenceCommand(), Define, Formula,
    ];

    /// <summary>Every entry, the language first and the <c>:commands</c> last.</summary>
    public static IReadOnlyList<HelpEntry> Help { get; } =
        [.. Define.Help, .. Formula.Help, .. Commands.Except([Colon, Define, Formula]).SelectMany(c => c.Help), .. Colon.Help];

    public static IReadOnlyList<string> ColonCommandNames => Colon.Names;

    public static CommandOutcome Run(Session session, string line, bool inFile)
    {
        var content = Content(line);
        if (content.Length == 0) return new CommandOutcome(session, new NothingResult());
        foreach (var command in Commands)
            if (command.TryRun(session, line, content, inFile) is { } outcome) return outcome;
        throw new InvalidOperationException("The formula command takes every line.");
    }

    /// <summary>The line without a comment ('#' to the end: '#' is not part of the formula language) and surrounding space.</summary>
    private static SourceSpan Content(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return LineSpans.Between(line, 0, hash < 0 ? line.Length : hash);
    }
}
