using System.CommandLine;
using System.Globalization;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx table "sigmoid(x)" --from -5 --to 5 --step 1 [--derivative [n]]</c>: a value table, with derivatives.</summary>
public static class TableCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "table",
        "A value table of a formula of one variable, with its derivatives.",
        [
            new("dx table \"sigmoid(x)\" --from -5 --to 5 --step 1 --derivative", "sigmoid and its derivative at -5, -4, …, 5"),
            new("dx table \"x^3 - 3x\" --from -2 --to 2 --step 0.5 -d 2", "the values and the first two derivatives"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var formula = FormulaInput.Create();
        var from = new Option<double>("--from") { Description = "The first x (default -5).", DefaultValueFactory = _ => -5 };
        var to = new Option<double>("--to") { Description = "The last x (default 5).", DefaultValueFactory = _ => 5 };
        var step = new Option<double>("--step") { Description = "The step between rows (default 1).", DefaultValueFactory = _ => 1 };
        var derivative = new Option<int?>("--derivative", "-d")
        {
            Description = "Also the derivatives up to order n (n = 1 when given without a number).",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = r => r.Tokens.Count == 0 ? 1 : int.TryParse(r.Tokens[0].Value, CultureInfo.InvariantCulture, out var n) ? n : Fail(r),
        };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command(spec.Name, spec.Description)
        {
            formula, from, to, step, derivative, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
            {
                var report = TableReport.Compute(f, result.GetValue(from), result.GetValue(to), result.GetValue(step), result.GetValue(derivative) ?? 0);
                if (fmt == OutputFormat.Json) return DxApp.WriteJson(ctx, ReportJson.Of(report));
                foreach (var line in TableText.Lines(report)) ctx.Out.WriteLine(line);
                DxApp.ReportMessages(ctx, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static int? Fail(System.CommandLine.Parsing.ArgumentResult r)
    {
        r.AddError($"--derivative takes a whole number, not '{r.Tokens[0].Value}'.");
        return null;
    }
}
