using System.CommandLine;
using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Cli;

/// <summary>
/// The formula argument of every command. <c>-</c> reads standard input, one formula per line:
/// each line is its own run of the command, with its own result block (its own JSON document,
/// one per line), and a line that fails reports its error while the others still run.
/// </summary>
public static class FormulaInput
{
    /// <summary>The argument that reads standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>A new formula argument.</summary>
    public static Argument<string> Create() => new("formula")
    {
        Description = "The formula, e.g. \"2x + 3xy + y^3\"; '-' reads standard input, one formula per line (blank lines and # comments skipped).",
    };

    /// <summary>
    /// Runs <paramref name="body"/> on the formula, or with <c>-</c> on each formula of standard
    /// input in turn; user errors become messages. Exit 2 when any formula failed.
    /// </summary>
    public static int Run(CliContext context, OutputFormat format, string argument, Func<CliContext, Formula, int> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        if (argument != StandardInput) return DxApp.Guard(context, format, () => body(context, Formula.Parse(argument)));

        IReadOnlyList<FormulaLine> lines = [];
        var read = DxApp.Guard(context, format, () =>
        {
            lines = Lines(context);
            return ExitCodes.Ok;
        });
        if (read != ExitCodes.Ok) return read;
        var several = lines.Count > 1;
        var exit = ExitCodes.Ok;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineContext = context.ForLine(line.Line, several);
            if (several && format != OutputFormat.Json)
            {
                if (i > 0) context.Out.WriteLine();
                context.Out.WriteLine($"# line {line.Line}: {MessageText.Excerpt(line.Text.Trim(), CliMessages.HeadingCap)}");
            }
            exit = Math.Max(exit, DxApp.Guard(lineContext, format, () => body(lineContext, Formula.Parse(line.Text))));
        }
        return exit;
    }

    /// <summary>
    /// The one formula of a command that takes exactly one: the argument, or with <c>-</c> the
    /// single formula of standard input.
    /// </summary>
    /// <exception cref="FormulaSyntaxException">The formula cannot be read.</exception>
    /// <exception cref="InvalidInputException">Standard input holds no formula or more than one.</exception>
    public static Formula Parse(string argument, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (argument != StandardInput) return Formula.Parse(argument);
        var lines = Lines(context);
        return lines.Count == 1
            ? Formula.Parse(lines[0].Text)
            : throw new InvalidInputException($"Standard input holds {lines.Count} formulas; this takes one.");
    }

    /// <summary>The argument, or with <c>-</c> the whole of standard input (a byte order mark dropped), for inputs that are not one formula per line.</summary>
    public static string ReadWhole(string argument, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return argument == StandardInput ? FormulaLines.WithoutByteOrderMark(context.In.ReadToEnd()).TrimEnd('\r', '\n') : argument;
    }

    private const string NoFormula = "Standard input holds no formula (blank lines and lines starting with # are skipped).";

    /// <summary>The formulas of standard input, at least one.</summary>
    /// <exception cref="InvalidInputException">Standard input holds no formula.</exception>
    private static IReadOnlyList<FormulaLine> Lines(CliContext context)
    {
        var lines = FormulaLines.Split(context.In.ReadToEnd());
        return lines.Count > 0 ? lines : throw new InvalidInputException(NoFormula);
    }
}
