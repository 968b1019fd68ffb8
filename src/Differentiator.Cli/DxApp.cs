using System.CommandLine;
using Differentiator.Cli.Commands;
using Differentiator.Cli.Repl;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The <c>dx</c> command line: its commands, and the one place errors become messages and exit codes.</summary>
public static class DxApp
{
    /// <summary>Runs <c>dx</c> with <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("dx: symbolic and numeric derivatives of formulas written the textbook way.")
        {
            ParseCommand.Create(context),
            EvalCommand.Create(context),
            DiffCommand.Create(context),
            GradCommand.Create(context),
            NumDiffCommand.Create(context),
            CompareCommand.Create(context),
            SeqCommand.Create(context),
            TrainCommand.Create(context),
            TableCommand.Create(context),
            PerceptronCommand.Create(context),
            GatesCommand.Create(context),
            ReplCommand.Create(context),
            ServeCommand.Create(context),
            PlotCommand.Create(context),
        };
        if (args.Length == 0) return ReplCommand.Run(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine("Run 'dx --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>
    /// Runs a command body, turning every error a user can cause into a message and exit code 2:
    /// under <c>--format json</c> a <c>{"error": …}</c> document on standard output, otherwise the
    /// message with its caret line on standard error. Anything else is a bug and propagates.
    /// </summary>
    public static int Guard(CliContext context, OutputFormat format, Func<int> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return body();
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            Fail(context, format, error);
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Reports <paramref name="error"/> in the chosen format.</summary>
    public static void Fail(CliContext context, OutputFormat format, ErrorReport error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        if (format == OutputFormat.Json) context.Out.WriteLine(ReportJson.Write(ReportJson.Of(error)));
        else context.Error.WriteLine(error.Render());
    }

    /// <summary>Writes warnings and notes to standard error, each with its caret line under the formula where it has a position.</summary>
    public static void ReportMessages(CliContext context, Formula f, IEnumerable<ReportMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var m in messages) context.Error.WriteLine(m.Render(f.Source));
    }
}
