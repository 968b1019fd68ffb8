using System.CommandLine;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;
using Differentiator.Cli.Plotting;
using Differentiator.Plotting;

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
        var at = new Option<string>("--at") { Description = "The point, e.g. x=3 (an int64 input, as np.array([3])) or x=3.0,y=2.0.", Required = true };
        var delta = new Option<double>("--delta") { Description = "The step h (default 1e-5, the lecture's).", DefaultValueFactory = _ => NumericGradientOptions.DefaultDelta };
        var sweep = new Option<bool>("--sweep") { Description = "Also sweep h from 1e-1 to 1e-15 and show the error table." };
        var plot = new Option<string?>("--plot") { Description = "Write the sweep as a log-log picture to this file: .png or .svg." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("compare", "Compare the exact derivative with numeric ones, and explain any disagreement.")
        {
            formula, at, delta, sweep, plot, format,
        };
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var point = PointParser.Parse(result.GetValue(at)!).Select(c => new PointCoordinate(c.Name, c.Value, c.IsInteger)).ToList();
            var h = result.GetValue(delta);
            if (!double.IsFinite(h) || h <= 0) throw new InputException($"--delta must be a positive number, not {h}.");
            var plotPath = result.GetValue(plot);
            var options = new ComparisonOptions { Delta = h, Sweep = result.GetValue(sweep) || plotPath is not null, Symbolic = Derivative.Of };
            DerivativeComparison comparison;
            try { comparison = DerivativeComparison.Compare(f.Expression, point, options); }
            catch (ArgumentException e) { throw new InputException($"--at: {e.Message}"); }
            if (result.GetValue(format) == OutputFormat.Json) context.Out.WriteLine(Json.Write(ToJson(f, comparison)));
            else context.Out.WriteLine(comparison.ToText());
            if (plotPath is not null) WritePlot(context, f, comparison, plotPath);
            DxApp.ReportWarnings(context, f);
            return ExitCodes.Ok;
        }));
        return command;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void WritePlot(CliContext context, Formula f, DerivativeComparison c, string path)
    {
        var format = PictureFile.Check(path, "--plot");
        var sweeps = c.Variables.Where(v => v.Sweep is not null).Select(v => (v.Variable, v.Sweep!)).ToList();
        if (sweeps.Count == 0) throw new InputException("No variable has a finite exact derivative to sweep against, so there is nothing to plot.");
        var at = string.Join(", ", c.Point.Select(p => $"{p.Name} = {p.ValueText}"));
        PictureFile.Write(path, SweepPlot.Render(sweeps, $"central difference error of {f.ToText()} at {at}", format));
        context.Error.WriteLine($"wrote {path}");
    }

    private static JsonObject ToJson(Formula f, DerivativeComparison c) => new()
    {
        ["formula"] = f.Source,
        ["point"] = new JsonObject(c.Point.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)new JsonObject
        {
            ["value"] = p.Value,
            ["dtype"] = p.IsInteger ? "int64" : "float64",
        }))),
        ["input_dtype"] = c.IsIntegerInput ? "int64" : "float64",
        ["value"] = NumericJson.Number(c.Value),
        ["delta"] = c.Options.Delta,
        ["variables"] = new JsonArray([.. c.Variables.Select(v => (JsonNode)Variable(v))]),
    };

    private static JsonObject Variable(VariableComparison v)
    {
        var json = new JsonObject
        {
            ["variable"] = v.Variable,
            ["symbolic"] = v.Symbolic,
            ["exact"] = NumericJson.Number(v.Exact),
            ["exact_source"] = v.ExactSource,
            ["central"] = NumericJson.Number(v.Central),
            ["abs_error"] = NumericJson.Number(v.AbsoluteError),
            ["rel_error"] = NumericJson.Number(v.RelativeError),
            ["int64_central"] = v.IntegerCentral,
            ["int64_central_float_grad"] = v.IntegerCentralFloatGradient is { } g ? NumericJson.Number(g) : null,
            ["complex_step"] = NumericJson.Number(v.ComplexStep),
            ["dual"] = NumericJson.Number(v.Dual),
            ["verdict"] = new JsonObject
            {
                ["agrees"] = v.Verdict.Agrees,
                ["summary"] = v.Verdict.Summary,
                ["reasons"] = Json.Array(v.Verdict.Reasons.Select(r => Verdict.Describe(r))),
                ["explanation"] = v.Verdict.Explanation,
            },
        };
        if (v.Sweep is { } sweep)
        {
            json["sweep"] = new JsonArray([.. sweep.Points.Select(p => (JsonNode)new JsonObject
            {
                ["h"] = p.Step,
                ["value"] = NumericJson.Number(p.Value),
                ["abs_error"] = NumericJson.Number(p.AbsoluteError),
                ["rel_error"] = NumericJson.Number(p.RelativeError),
            })]);
            json["best_h"] = sweep.Best.Step;
        }
        return json;
    }
}
