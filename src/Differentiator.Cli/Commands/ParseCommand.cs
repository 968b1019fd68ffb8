using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx parse "formula"</c>: how the formula was read, its variables and warnings.</summary>
public static class ParseCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var format = FormatOption.Create();
        var command = new Command("parse", "Show how a formula is read: the reading with explicit * and parentheses, its variables, and warnings.")
        {
            formula, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var report = FormulaReports.Parse(FormulaInput.Parse(result.GetValue(formula)!, context));
                var f = report.Formula;
                if (fmt == OutputFormat.Json)
                {
                    context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                    return ExitCodes.Ok;
                }
                context.Out.WriteLine($"reading:   {f.Reading}");
                context.Out.WriteLine($"{fmt.ToString().ToLowerInvariant() + ":",-11}{FormulaView.Show(f.Expression, fmt)}");
                context.Out.WriteLine($"variables: {string.Join(", ", f.Variables)}");
                DxApp.ReportMessages(context, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
