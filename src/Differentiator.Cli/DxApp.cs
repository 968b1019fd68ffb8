using System.CommandLine;
using Differentiator.Cli.Commands;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

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
        };
        var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine("Run 'dx --help' for usage.");
            return ExitCodes.BadInput;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    /// <summary>
    /// Runs a command body under one <see cref="OperationBudget"/> for all of its work, turning user errors
    /// (and a budget that runs out) into messages on standard error and exit code 2.
    /// </summary>
    public static int Guard(CliContext context, Func<int> body)
    {
        try
        {
            using var budget = OperationBudget.Default.Enter();
            return body();
        }
        catch (FormulaSyntaxException e)
        {
            context.Error.WriteLine(e.Render());
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is InputException or EvaluationException or ExpressionTooDeepException or BudgetExceededException)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    /// <summary>Writes the formula's warnings to standard error, each with its caret line.</summary>
    public static void ReportWarnings(CliContext context, Formula f)
    {
        foreach (var w in f.Warnings) context.Error.WriteLine(w.Render(f.Source));
    }
}
