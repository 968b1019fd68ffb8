using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx grad "formula" --at x=1.0,y=2.0</c>: the gradient (every partial derivative) and its value at the point.</summary>
public static class GradCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "grad",
        "The gradient of a formula: all partial derivatives, in variable order, at a point.",
        [
            new("dx grad \"wx + xyz + 3w + zy^2\" --at w=1.0,x=2.0,y=3.0,z=4.0", "[5, 13, 32, 15]"),
            new("dx grad \"x^2 + y^2\" --at x=3.0,y=4.0 --format latex", "the partial derivatives in LaTeX, then their values"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=1.0,y=2.0.", required: true);
        var format = FormatOption.Create();
        var command = new Command(spec.Name, spec.Description) { formula, at, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
                DiffOutput.Write(ctx, FormulaReports.Gradient(f, PointOption.Read(result.GetValue(at))!), fmt, gradient: true));
        });
        return command;
    }
}
