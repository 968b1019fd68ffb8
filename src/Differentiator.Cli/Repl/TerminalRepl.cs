using RadLine;
using Spectre.Console;

namespace Differentiator.Cli.Repl;

/// <summary>
/// The REPL on a terminal: RadLine line editing with history (Up and Down, kept across sessions),
/// Tab completion, and the line coloured as it is typed; results, warnings and errors printed
/// under it, an error's caret right under the character typed. <c>NO_COLOR</c> turns colour off;
/// a terminal without ANSI support gets a plain prompt.
/// </summary>
public static class TerminalRepl
{
    /// <summary>The prompt as shown (its width places an error's caret).</summary>
    public const string Prompt = "dx> ";

    private const string Banner = "dx REPL: :help lists the commands; :quit or Ctrl-D leaves.";

    /// <summary>Runs the REPL until <c>:quit</c> or Ctrl-D; returns the exit code.</summary>
    public static int Run(IPlotWriter plots)
    {
        var colour = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        WarmUp.Start();
        var host = new SessionHost(plots);
        var history = ReplHistory.Open(ReplHistory.DefaultPath());
        Func<string?> read = LineEditor.IsSupported(console) ? Editor(console, host, history, colour) : PlainReader;
        console.WriteLine(Banner, new Style(Color.Grey));
        while (!host.Quit && read() is { } line)
        {
            history.Add(line);
            foreach (var output in ResultPrinter.Lines(host.Submit(line), Prompt.Length))
                console.WriteLine(output.Text, StyleOf(output.Kind));
        }
        return ExitCodes.Ok;
    }

    private static Func<string?> Editor(IAnsiConsole console, SessionHost host, ReplHistory history, bool colour)
    {
        var editor = new LineEditor(console)
        {
            Prompt = new LineEditorPrompt(colour ? $"[green]{Prompt.TrimEnd()}[/]" : Prompt.TrimEnd()),
            Completion = new ReplCompletion(() => host.Session),
            Highlighter = colour ? new ReplHighlighter(() => host.Session) : null,
        };
        foreach (var line in history.Lines) editor.History.Add(line);
        // One line at a time: Up and Down walk the history (RadLine gives them to multi-line editing).
        editor.KeyBindings.Remove(ConsoleKey.UpArrow);
        editor.KeyBindings.Remove(ConsoleKey.DownArrow);
        editor.KeyBindings.Add<PreviousHistoryCommand>(ConsoleKey.UpArrow);
        editor.KeyBindings.Add<NextHistoryCommand>(ConsoleKey.DownArrow);
        editor.KeyBindings.Add(ConsoleKey.D, ConsoleModifiers.Control, () => new EndOfInputCommand());
        return () => editor.ReadLine(CancellationToken.None).GetAwaiter().GetResult();
    }

    private static string? PlainReader()
    {
        Console.Write(Prompt);
        return Console.ReadLine();
    }

    private static Style StyleOf(OutputKind kind) => kind switch
    {
        OutputKind.Error => new Style(Color.Red),
        OutputKind.Message => new Style(Color.Yellow),
        _ => Style.Plain,
    };
}
