using System.CommandLine;
using Differentiator.Calculus.Numeric;
using Differentiator.Cli.Plotting;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx compare "formula" --at x=3</c>: per variable, the exact derivative beside the lecture's
/// central difference, the complex step and dual numbers, the errors, and a verdict that says why
/// they disagree when they do.
/// </summary>
public static class CompareCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "compare",
        "Compare the exact derivative with numeric ones, and explain any disagreement.",
        [
            new("dx compare \"x^2\" --at x=3", "symbolic against numeric, and why the int64 input disagrees"),
            new("dx compare \"sqrt(x)\" --at x=0.0", "at the edge of the domain: which columns cannot be trusted"),
            new("dx compare \"sin(x)\" --at x=1.0 --sweep --plot sweep.png", "the error against h: the V curve, as a table and a picture"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=3 (an int64 input, as np.array([3])) or x=3.0,y=2.0.", required: true);
        var delta = new Option<double>("--delta") { Description = "The step h (default 1e-5, the lecture's).", DefaultValueFactory = _ => NumericGradientOptions.DefaultDelta };
        var sweep = new Option<bool>("--sweep") { Description = "Also sweep h from 1e-1 to 1e-15 and show the error table." };
        var plot = new Option<string?>("--plot") { Description = "Write the sweep as a log-log picture to this file: .png or .svg." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command(spec.Name, spec.Description) { formula, at, delta, sweep, plot, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
            {
                var plotPath = result.GetValue(plot);
                if (plotPath is not null) PictureFile.Check(plotPath, "--plot");
                var options = new ComparisonOptions { Delta = result.GetValue(delta), Sweep = result.GetValue(sweep) || plotPath is not null };
                var report = FormulaReports.Compare(f, PointOption.Read(result.GetValue(at))!, options);
                // The picture first: if it cannot be written, the error is the only document.
                if (plotPath is not null) ctx.Error.WriteLine($"wrote {PictureFile.WriteSweep(report, plotPath)}");
                if (fmt == OutputFormat.Json) DxApp.WriteJson(ctx, ReportJson.Of(report));
                else ctx.Out.WriteLine(report.Comparison.ToText());
                if (fmt != OutputFormat.Json) DxApp.ReportMessages(ctx, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
