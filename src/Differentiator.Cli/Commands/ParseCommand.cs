using System.CommandLine;

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
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var fmt = result.GetValue(format);
            if (fmt == OutputFormat.Json)
            {
                context.Out.WriteLine(Json.Write(Json.Describe(f)));
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"reading:   {f.Reading}");
            context.Out.WriteLine($"{fmt.ToString().ToLowerInvariant() + ":",-11}{FormulaView.Show(f.Expression, fmt)}");
            context.Out.WriteLine($"variables: {string.Join(", ", f.Variables)}");
            DxApp.ReportWarnings(context, f);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
