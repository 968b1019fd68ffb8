using System.CommandLine;
using System.Globalization;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx table "sigmoid(x)" --from -5 --to 5 --step 1 [--derivative [n]]</c>: a value table, with derivatives.</summary>
public static class TableCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
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
        var command = new Command("table", "A value table of a formula of one variable, with its derivatives.")
        {
            formula, from, to, step, derivative, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var report = TableReport.Compute(f, result.GetValue(from), result.GetValue(to), result.GetValue(step), result.GetValue(derivative) ?? 0);
                if (fmt == OutputFormat.Json)
                {
                    context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                    return ExitCodes.Ok;
                }
                foreach (var line in TableText.Lines(report)) context.Out.WriteLine(line);
                DxApp.ReportMessages(context, f, report.Messages);
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
