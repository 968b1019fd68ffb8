using Differentiator.Grading;

namespace Differentiator.Cli;

/// <summary>Runs a grading job, with a <see cref="TerminalProgress"/> bar for a long run whose report is redirected; nothing extra otherwise.</summary>
public static class GradeProgress
{
    /// <summary>The fewest rows for which a progress bar is worth drawing.</summary>
    public const long MinimumRows = 5_000;

    /// <summary>Runs <paramref name="job"/>, its report on the context's output.</summary>
    public static GradingSummary Run(CliContext context, GradingJob job)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(job);
        // A report on the terminal would mix with the bar: only a redirected one gets a bar.
        if (!Console.IsOutputRedirected || job.Rows < MinimumRows) return job.Run(context.Out);
        return TerminalProgress.Run(context, "grading", job.Rows, progress => job.Run(context.Out, progress is null ? null : p =>
        {
            if (p.Rows % 512 == 0 || p.Rows == p.TotalRows) progress.Report((int)Math.Min(p.Rows, int.MaxValue));
        }));
    }
}
