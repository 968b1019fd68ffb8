using Differentiator.Reports;

namespace Differentiator.Cli;

/// <summary>Prints a derivative report for <c>dx diff</c> and <c>dx grad</c>, and decides the exit code.</summary>
public static class DiffOutput
{
    /// <summary>
    /// Writes the report in <paramref name="format"/>; exit 2 when a point was given and no
    /// derivative is defined there (each undefined partial is reported, the defined ones printed).
    /// </summary>
    public static int Write(CliContext context, DiffReport report, OutputFormat format, bool gradient, bool shared = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        if (format == OutputFormat.Json)
        {
            if (report.NoneDefined)
            {
                DxApp.Fail(context, format, report.NoneDefinedError());
                return ExitCodes.BadInput;
            }
            return DxApp.WriteJson(context, ReportJson.Of(report, gradient));
        }
        if (gradient && format == OutputFormat.Text)
            context.Out.WriteLine(DiffText.Vector(report));
        else if (gradient)
        {
            context.Out.WriteLine("(" + string.Join(", ", report.Partials.Select(p => FormulaView.Show(p.Derivative.Expression, format))) + ")");
            context.Out.WriteLine(DiffText.Vector(report));
        }
        else
            foreach (var line in DiffText.Lines(report, format, shared)) context.Out.WriteLine(line);
        DxApp.ReportMessages(context, report.Formula, report.Messages);
        return report.NoneDefined ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}
