using System.CommandLine;
using System.Text.Json.Nodes;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx grad "formula" --at x=1.0,y=2.0</c>: the gradient (every partial derivative) and its value at the point.</summary>
public static class GradCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = new Option<string>("--at") { Description = "The point, e.g. x=1.0,y=2.0.", Required = true };
        var format = FormatOption.Create();
        var command = new Command("grad", "The gradient of a formula: all partial derivatives, in variable order, at a point.")
        {
            formula, at, format,
        };
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var point = PointParser.ValuesFor(f, result.GetValue(at)!);
            var results = PartialDerivatives.Compute(f, f.Variables, 1, point, steps: false);
            var values = results.Select(r => r.Value!.Value).ToList();
            var fmt = result.GetValue(format);
            if (fmt == OutputFormat.Json)
            {
                var json = DerivativeJson.Document(f, results, point);
                json["gradient"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
                context.Out.WriteLine(Json.Write(json));
                return ExitCodes.Ok;
            }
            var vector = "[" + string.Join(", ", values.Select(PartialDerivatives.Format)) + "]";
            if (fmt == OutputFormat.Text)
                context.Out.WriteLine(vector);
            else
            {
                context.Out.WriteLine("(" + string.Join(", ", results.Select(r => FormulaView.Show(r.Derivative.Expression, fmt))) + ")");
                context.Out.WriteLine(vector);
            }
            DxApp.ReportWarnings(context, f);
            PartialDerivatives.ReportNotes(context, f, results, point);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
