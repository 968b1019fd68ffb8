using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx grad "formula" --at x=1.0,y=2.0</c>: the gradient (every partial derivative) and its value at the point.</summary>
public static class GradCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=1.0,y=2.0.", required: true);
        var format = FormatOption.Create();
        var command = new Command("grad", "The gradient of a formula: all partial derivatives, in variable order, at a point.")
        {
            formula, at, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var report = FormulaReports.Gradient(f, PointOption.Read(result.GetValue(at))!);
                return DiffOutput.Write(context, report, fmt, gradient: true);
            });
        });
        return command;
    }
}
