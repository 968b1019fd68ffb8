using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx eval "formula" --at x=1.0,y=2.0</c>: the value at a point.</summary>
public static class EvalCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "eval",
        "Evaluate a formula at a point (double precision).",
        [
            new("dx eval \"2x+3xy+y^3\" --at x=1.0,y=2.0", "16"),
            new("dx eval \"sigmoid(z)\" --at z=0.5 --format json", "the value as a JSON document"),
            new("printf 'x^2\\nx^3\\n' | dx eval - --at x=2.0", "4 and 8: one formula per line of standard input"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=1.0,y=2.0 (needed when the formula has variables).");
        var format = FormatOption.Create();
        var command = new Command(spec.Name, spec.Description) { formula, at, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
            {
                var report = FormulaReports.Evaluate(f, PointOption.Read(result.GetValue(at)));
                if (fmt == OutputFormat.Json) return DxApp.WriteJson(ctx, ReportJson.Of(report));
                var shown = Numbers.Format(report.Value);
                ctx.Out.WriteLine(fmt == OutputFormat.Text ? shown : $"{FormulaView.Show(f.Expression, fmt)} = {shown}");
                DxApp.ReportMessages(ctx, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
