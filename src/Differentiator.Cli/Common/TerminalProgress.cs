using Spectre.Console;

namespace Differentiator.Cli;

/// <summary>
/// A progress bar on standard error for long runs, only when standard error is a terminal and the
/// command writes to the real console (nothing extra when output is redirected or under tests).
/// </summary>
public static class TerminalProgress
{
    /// <summary>Whether a bar would be shown for this context.</summary>
    public static bool IsShown(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !Console.IsErrorRedirected && ReferenceEquals(context.Error, Console.Error) && Environment.GetEnvironmentVariable("NO_COLOR") is null or "";
    }

    /// <summary>Runs <paramref name="work"/>, which reports progress out of <paramref name="total"/>, under a bar titled <paramref name="title"/> when one is shown.</summary>
    public static T Run<T>(CliContext context, string title, double total, Func<IProgress<int>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!IsShown(context)) return work(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(title, maxValue: total);
            result = work(new Progress(task));
            task.Value = total;
        });
        return result;
    }

    private sealed class Progress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
