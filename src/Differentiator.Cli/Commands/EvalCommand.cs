using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx eval "formula" --at x=1.0,y=2.0</c>: the value at a point.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = new Option<string>("--at") { Description = "The point, e.g. x=1.0,y=2.0 (needed when the formula has variables)." };
        var format = FormatOption.Create();
        var command = new Command("eval", "Evaluate a formula at a point (double precision).") { formula, at, format };
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var point = PointParser.ValuesFor(f, result.GetValue(at));
            var value = f.Evaluate(point);
            var fmt = result.GetValue(format);
            if (fmt == OutputFormat.Json)
            {
                var json = Json.Describe(f);
                json["at"] = new JsonObject(point.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))));
                json["value"] = value;
                context.Out.WriteLine(Json.Write(json));
                return ExitCodes.Ok;
            }
            var shown = value.ToString("R", CultureInfo.InvariantCulture);
            context.Out.WriteLine(fmt == OutputFormat.Text ? shown : $"{FormulaView.Show(f.Expression, fmt)} = {shown}");
            DxApp.ReportWarnings(context, f);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
