namespace Differentiator.Cli.Repl;

/// <summary>
/// The REPL over redirected input (<c>dx &lt; session.dx</c>): each line's results on standard
/// output, warnings and errors on standard error; no prompt, no banner. Exit 2 when a line failed.
/// </summary>
public static class PipedRepl
{
    /// <summary>Runs every line of <paramref name="context"/>'s input until its end or <c>:quit</c>.</summary>
    public static int Run(CliContext context, IPlotWriter plots)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = new SessionHost(plots);
        while (!host.Quit && context.In.ReadLine() is { } line)
        {
            foreach (var output in ResultPrinter.Lines(host.Submit(line)))
                (output.Kind == OutputKind.Result ? context.Out : context.Error).WriteLine(output.Text);
        }
        return host.HadErrors ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
