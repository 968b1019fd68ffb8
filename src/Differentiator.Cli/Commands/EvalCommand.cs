using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx eval "formula" --at x=1.0,y=2.0</c>: the value at a point.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=1.0,y=2.0 (needed when the formula has variables).");
        var format = FormatOption.Create();
        var command = new Command("eval", "Evaluate a formula at a point (double precision).") { formula, at, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var report = FormulaReports.Evaluate(f, PointOption.Read(result.GetValue(at)));
                if (fmt == OutputFormat.Json)
                {
                    context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                    return ExitCodes.Ok;
                }
                var shown = Numbers.Format(report.Value);
                context.Out.WriteLine(fmt == OutputFormat.Text ? shown : $"{FormulaView.Show(f.Expression, fmt)} = {shown}");
                DxApp.ReportMessages(context, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
