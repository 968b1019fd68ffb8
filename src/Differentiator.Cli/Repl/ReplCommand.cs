using System.CommandLine;

namespace Differentiator.Cli.Repl;

/// <summary>
/// <c>dx repl</c>, and <c>dx</c> without arguments: the interactive REPL on a terminal, and with
/// redirected input (<c>dx &lt; session.dx</c>) the same session over its lines, printing results only.
/// </summary>
public static class ReplCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("repl", "Start the REPL: define functions (f(x) = x^2), ask for d/dx f, grad f at (1, 2), :help. With redirected input, runs its lines.");
        command.SetAction(_ => Run(context));
        return command;
    }

    /// <summary>Runs the REPL on the terminal, or over the input when it is redirected (or not the console's).</summary>
    public static int Run(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plots = new Plotting.PicturePlotWriter();
        var interactive = !Console.IsInputRedirected && ReferenceEquals(context.In, Console.In);
        return interactive ? TerminalRepl.Run(plots) : PipedRepl.Run(context, plots);
    }
}
