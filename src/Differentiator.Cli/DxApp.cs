using System.CommandLine;
using System.Text.Json.Nodes;
using Differentiator.Cli.Help;
using Differentiator.Cli.Repl;
using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>The <c>dx</c> command line: its commands, and the one place errors become messages and exit codes.</summary>
public static class DxApp
{
    /// <summary>The root command's description.</summary>
    public const string Description = "dx: symbolic and numeric derivatives of formulas written the textbook way.";

    /// <summary>
    /// Runs <c>dx</c> with <paramref name="args"/>; returns the exit code: 0 success, 2 a user
    /// error (a message, never a trace), 1 a bug (a short "internal error" message; the stack
    /// trace too when <see cref="CliContext.Debug"/> is set, as <c>DX_DEBUG=1</c> does).
    /// </summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var json = FormatOption.AsksForJson(args);
        try
        {
            return Dispatch(args, context, json);
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            // Reached when the report itself could not be written (standard output on a full device).
            TryWrite(context.Error, context.Locate(error.Render()));
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            if (json) TryWrite(context.Out, ReportJson.Write(ReportJson.Of(new ErrorReport(ErrorCodes.InternalError, InternalError.Message(e, debug: false)))));
            TryWrite(context.Error, InternalError.Message(e, context.Debug));
            return ExitCodes.Internal;
        }
    }

    private static int Dispatch(string[] args, CliContext context, bool json)
    {
        if (args.Length == 0) return ReplCommand.Run(context);
        var errorFormat = json ? OutputFormat.Json : OutputFormat.Text;
        var invoked = DxCommands.Find(args[0]);
        if (invoked is null && !args[0].StartsWith('-'))
        {
            Fail(context, errorFormat, UsageErrors.UnknownCommand(args[0]));
            return ExitCodes.BadInput;
        }

        // Only the command that runs is built; help without a command lists them all.
        var root = new RootCommand(Description);
        foreach (var spec in invoked is null ? DxCommands.All : [invoked]) root.Add(spec.Create(context));
        DxHelp.Install(root, context, json);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Fail(context, errorFormat, UsageErrors.From(parsed));
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// Runs a command body under one <see cref="OperationBudget"/> for all of its work, turning every
    /// error a user can cause (a budget that runs out included) into a message and exit code 2:
    /// under <c>--format json</c> a <c>{"error": …}</c> document on standard output, otherwise the
    /// message with its caret line on standard error. Anything else is a bug and propagates.
    /// </summary>
    /// <param name="context">Where messages go.</param>
    /// <param name="format">How errors are written.</param>
    /// <param name="body">The command's work.</param>
    /// <param name="budget">
    /// The budget for all of it: <see cref="OperationBudget.Default"/>, or for a command made of many
    /// units that each set their own (a class's answers, a server's requests) <see cref="OperationBudget.Unlimited"/>.
    /// </param>
    public static int Guard(CliContext context, OutputFormat format, Func<int> body, OperationBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var scope = (budget ?? OperationBudget.Default).Enter();
            return body();
        }
        catch (Exception e) when (CliErrors.From(e) is { } error)
        {
            Fail(context, format, error);
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Reports <paramref name="error"/> in the chosen format (naming its line of standard input when there were several).</summary>
    public static void Fail(CliContext context, OutputFormat format, ErrorReport error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        if (format == OutputFormat.Json) WriteJson(context, ReportJson.Of(error));
        else context.Error.WriteLine(context.Locate(error.Render()));
    }

    /// <summary>
    /// Writes a JSON document to standard output: indented, or for a formula read from standard
    /// input on one line (JSON Lines) with its <c>line</c>. Returns exit code 0.
    /// </summary>
    public static int WriteJson(CliContext context, JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(document);
        if (context.Line is { } line)
        {
            document["line"] = line;
            context.Out.WriteLine(ReportJson.WriteLine(document));
        }
        else context.Out.WriteLine(ReportJson.Write(document));
        return ExitCodes.Ok;
    }

    /// <summary>Writes warnings and notes to standard error, each with its caret line under the formula where it has a position.</summary>
    public static void ReportMessages(CliContext context, Formula f, IEnumerable<ReportMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var m in messages) context.Error.WriteLine(context.Locate(m.Render(f.Source)));
    }

    private static void TryWrite(TextWriter writer, string message)
    {
        try
        {
            writer.WriteLine(message);
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }
    }
}
