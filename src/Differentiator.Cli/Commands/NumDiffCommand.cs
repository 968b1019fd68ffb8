using System.CommandLine;
using Differentiator.Calculus.Numeric;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx numdiff "formula" --at "[3.0]"</c>: the lecture's numeric gradient, bit for bit as NumPy
/// computes it, with NumPy's printing, its typed arrays (an integer input is int64) and warnings
/// when the input type makes the result meaningless.
/// </summary>
public static class NumDiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var at = new Option<string>("--at")
        {
            Description = "The input array: [3] (int64, as np.array([3])), [1.0, 2.0], [[1.0,2.0],[3.0,4.0]].",
            Required = true,
        };
        var vars = new Option<string?>("--vars") { Description = "The variable of each element, laid out like the input: [[w,x],[y,z]]. Default: the formula's variables in order." };
        var delta = new Option<double>("--delta") { Description = "The step h (default 1e-5, the lecture's).", DefaultValueFactory = _ => NumericGradientOptions.DefaultDelta };
        var scheme = new Option<string>("--scheme") { Description = "central, forward or backward.", DefaultValueFactory = _ => "central" };
        scheme.AcceptOnlyFromAmong("central", "forward", "backward");
        var gradDType = new Option<string>("--grad-dtype") { Description = "like-input (np.zeros_like(x), the lecture) or float64.", DefaultValueFactory = _ => "like-input" };
        gradDType.AcceptOnlyFromAmong("like-input", "float64");
        var trace = new Option<bool>("--trace") { Description = "Print the lecture's debug trace (Problem 2)." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("numdiff", "Numeric gradient by the lecture's central difference, faithful to NumPy bit for bit.")
        {
            formula, at, vars, delta, scheme, gradDType, trace, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var options = new NumericGradientOptions
                {
                    Delta = result.GetValue(delta),
                    Scheme = DifferenceSchemes.Parse(result.GetValue(scheme)!),
                    GradientDType = result.GetValue(gradDType) == "float64" ? GradientDType.Float64 : GradientDType.LikeInput,
                    Trace = result.GetValue(trace),
                };
                var report = FormulaReports.NumericGradient(f, result.GetValue(at)!, result.GetValue(vars), options);
                if (fmt == OutputFormat.Json) context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                else WriteText(context, report);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void WriteText(CliContext context, NumDiffReport report)
    {
        foreach (var line in NumDiffText.Lines(report)) context.Out.WriteLine(line);
        DxApp.ReportMessages(context, report.Formula, report.Messages);
    }
}
