using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx parse "formula"</c>: how the formula was read, its variables and warnings.</summary>
public static class ParseCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "parse",
        "Show how a formula is read: the reading with explicit * and parentheses, its variables, and warnings.",
        [
            new("dx parse \"1/2x\"", "x/2, with a warning that 1/2x is (1/2)·x"),
            new("dx parse \"e^{3x^2}\" --format latex", "the formula as LaTeX (text, code, latex or json)"),
            new("printf 'x^2\\nsin 2x\\n' | dx parse -", "one formula per line of standard input"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var formula = FormulaInput.Create();
        var format = FormatOption.Create();
        var command = new Command(spec.Name, spec.Description) { formula, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
            {
                var report = FormulaReports.Parse(f);
                if (fmt == OutputFormat.Json) return DxApp.WriteJson(ctx, ReportJson.Of(report));
                ctx.Out.WriteLine($"reading:   {f.Reading}");
                ctx.Out.WriteLine($"{fmt.ToString().ToLowerInvariant() + ":",-11}{FormulaView.Show(f.Expression, fmt)}");
                ctx.Out.WriteLine($"variables: {string.Join(", ", f.Variables)}");
                DxApp.ReportMessages(ctx, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
