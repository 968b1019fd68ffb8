using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx seq "a(1) = 1, a(n+1) = (n+1) a(n)" --terms 5</c>: the first terms of sequences given by
/// general terms or recurrences, exactly.
/// </summary>
public static class SeqCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var definitions = new Argument<string>("definitions")
        {
            Description = "The definitions, e.g. \"a(1) = 1, b(1) = 1, a(n+1) = a(n) + 2b(n) + 2, b(n+1) = 2a(n) + 3b(n) + 1\"; '-' reads them from standard input.",
        };
        var terms = new Option<int>("--terms") { Description = "How many terms (at most 100,000).", DefaultValueFactory = _ => 10 };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("seq", "Sequences by general term or recurrence, computed exactly (fractions stay fractions).")
        {
            definitions, terms, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var report = SequenceReport.Compute(FormulaInput.Read(result.GetValue(definitions)!, context), result.GetValue(terms));
                if (fmt == OutputFormat.Json)
                {
                    context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                    return ExitCodes.Ok;
                }
                foreach (var line in SequenceText.Lines(report)) context.Out.WriteLine(line);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
