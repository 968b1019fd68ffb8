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
            var point = result.GetValue(at) is { } atText ? PointParser.Parse(atText) : [];
            var missing = f.Variables.Where(v => point.All(c => c.Name != v)).ToArray();
            if (missing.Length > 0)
                throw new InputException($"--at gives no value for {string.Join(", ", missing)} (the formula's variables are {string.Join(", ", f.Variables)}).");
            var value = f.Evaluate(PointParser.ToValues(point));
            var fmt = result.GetValue(format);
            if (fmt == OutputFormat.Json)
            {
                var json = Json.Describe(f);
                json["at"] = new JsonObject(point.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)JsonValue.Create(c.Value))));
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
