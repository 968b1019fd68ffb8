using Differentiator.Grading;
using Spectre.Console;

namespace Differentiator.Cli;

/// <summary>Runs a grading job, with a progress bar on the terminal for a long run whose report is redirected; nothing extra otherwise.</summary>
public static class GradeProgress
{
    /// <summary>The fewest rows for which a progress bar is worth drawing.</summary>
    public const long MinimumRows = 5_000;

    /// <summary>Runs <paramref name="job"/>, its report on the context's output.</summary>
    public static GradingSummary Run(CliContext context, GradingJob job)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(job);
        if (!OnTerminal(context) || job.Rows < MinimumRows) return job.Run(context.Out);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        GradingSummary? summary = null;
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("grading", maxValue: job.Rows);
            summary = job.Run(context.Out, p =>
            {
                if (p.Rows % 512 == 0 || p.Rows == p.TotalRows) task.Value = p.Rows;
            });
        });
        return summary!;
    }

    /// <summary>Standard error is a terminal and the report goes elsewhere (redirected), so a bar neither mixes with the report nor lands in a file.</summary>
    private static bool OnTerminal(CliContext context) =>
        ReferenceEquals(context.Error, Console.Error) && !Console.IsErrorRedirected && Console.IsOutputRedirected;
}
