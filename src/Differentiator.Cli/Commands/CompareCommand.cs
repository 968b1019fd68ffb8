using System.CommandLine;
using System.Runtime.CompilerServices;
using Differentiator.Calculus.Numeric;
using Differentiator.Cli.Plotting;
using Differentiator.Plotting;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx compare "formula" --at x=3</c>: per variable, the exact derivative beside the lecture's
/// central difference, the complex step and dual numbers, the errors, and a verdict that says why
/// they disagree when they do.
/// </summary>
public static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = PointOption.Create("The point, e.g. x=3 (an int64 input, as np.array([3])) or x=3.0,y=2.0.", required: true);
        var delta = new Option<double>("--delta") { Description = "The step h (default 1e-5, the lecture's).", DefaultValueFactory = _ => NumericGradientOptions.DefaultDelta };
        var sweep = new Option<bool>("--sweep") { Description = "Also sweep h from 1e-1 to 1e-15 and show the error table." };
        var plot = new Option<string?>("--plot") { Description = "Write the sweep as a log-log picture to this file: .png or .svg." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("compare", "Compare the exact derivative with numeric ones, and explain any disagreement.")
        {
            formula, at, delta, sweep, plot, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var plotPath = result.GetValue(plot);
                if (plotPath is not null) PictureFile.Check(plotPath, "--plot");
                var options = new ComparisonOptions { Delta = result.GetValue(delta), Sweep = result.GetValue(sweep) || plotPath is not null };
                var report = FormulaReports.Compare(f, PointOption.Read(result.GetValue(at))!, options);
                if (fmt == OutputFormat.Json) context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                else context.Out.WriteLine(report.Comparison.ToText());
                if (plotPath is not null) WritePlot(context, f, report.Comparison, plotPath);
                if (fmt != OutputFormat.Json) DxApp.ReportMessages(context, f, report.Messages);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WritePlot(CliContext context, Formula f, DerivativeComparison c, string path)
    {
        var sweeps = c.Variables.Where(v => v.Sweep is not null).Select(v => (v.Variable, v.Sweep!)).ToList();
        if (sweeps.Count == 0) throw new InvalidInputException("No variable has a finite exact derivative to sweep against, so there is nothing to plot.");
        var at = string.Join(", ", c.Point.Select(p => $"{p.Name} = {p.ValueText}"));
        PictureFile.Write(path, SweepPlot.Render(sweeps, $"central difference error of {f.ToText()} at {at}", PictureFile.FormatOf(path, "--plot")));
        context.Error.WriteLine($"wrote {path}");
    }
}
