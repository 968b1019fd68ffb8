using System.CommandLine;
using System.Text.Json.Nodes;
using Differentiator.Calculus.Numeric;

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
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var x = ParseArray(result.GetValue(at)!, "--at", NdArray.Parse);
            var names = result.GetValue(vars) is { } text ? ParseArray(text, "--vars", NameArray.Parse) : DefaultNames(f, x);
            if (!names.Shape.SequenceEqual(x.Shape))
                throw new InputException($"--vars {names} does not have the shape of --at {result.GetValue(at)}.");
            var h = result.GetValue(delta);
            if (!double.IsFinite(h) || h <= 0) throw new InputException($"--delta must be a positive number, not {h}.");
            var options = new NumericGradientOptions
            {
                Delta = h,
                Scheme = DifferenceSchemes.Parse(result.GetValue(scheme)!),
                GradientDType = result.GetValue(gradDType) == "float64" ? GradientDType.Float64 : GradientDType.LikeInput,
                Trace = result.GetValue(trace),
            };
            CompiledFormula function;
            try { function = CompiledFormula.Compile(f.Expression, names); }
            catch (ArgumentException e) { throw new InputException(e.Message); }
            var gradient = NumericGradient.Compute(function, x, options);
            if (result.GetValue(format) == OutputFormat.Json) WriteJson(context, f, names, gradient);
            else WriteText(context, gradient);
            DxApp.ReportWarnings(context, f);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static T ParseArray<T>(string text, string option, Func<string, T> parse)
    {
        try { return parse(text); }
        catch (FormatException e) { throw new InputException($"{option}: {e.Message}"); }
    }

    /// <summary>The formula's variables in order of appearance, laid out in the input's shape.</summary>
    private static NameArray DefaultNames(Formula f, NdArray x)
    {
        if (f.Variables.Count != x.Count)
            throw new InputException(
                $"The formula has {f.Variables.Count} variable(s) ({string.Join(", ", f.Variables)}) but --at has {x.Count} element(s); say which element is which with --vars.");
        return NameArray.Of(x.Shape, f.Variables);
    }

    private static void WriteText(CliContext context, NumericGradientResult r)
    {
        foreach (var line in r.Trace) context.Out.WriteLine(line);
        context.Out.WriteLine($"grad = {r.Gradient}");
        var exact = string.Join(", ", Enumerable.Range(0, r.Gradient.Count).Select(r.Gradient.ElementText));
        context.Out.WriteLine($"values: {exact}");
        context.Out.WriteLine($"dtype {r.Input.DType.Name()}, grad dtype {r.Gradient.DType.Name()}, {r.Options.Scheme.Name()} difference {r.Options.Scheme.Formula()}, h = {NumPyFloatText.Repr(r.Options.Delta)}");
        foreach (var w in r.Warnings) context.Error.WriteLine($"warning: {w.Message}");
    }

    private static void WriteJson(CliContext context, Formula f, NameArray names, NumericGradientResult r)
    {
        var json = new JsonObject
        {
            ["formula"] = f.Source,
            ["vars"] = NestedNames(names),
            ["input"] = NumericJson.Array(r.Input),
            ["grad"] = NumericJson.Array(r.Gradient),
            ["numpy_print"] = r.Gradient.ToString(),
            ["dtype"] = r.Input.DType.Name(),
            ["grad_dtype"] = r.Gradient.DType.Name(),
            ["delta"] = r.Options.Delta,
            ["scheme"] = r.Options.Scheme.Name(),
            ["warnings"] = Json.Array(r.Warnings.Select(w => w.Message)),
        };
        if (r.Options.Trace) json["trace"] = Json.Array(r.Trace);
        context.Out.WriteLine(Json.Write(json));
    }

    private static JsonNode? NestedNames(NameArray names)
    {
        var flat = 0;
        return Build(0);

        JsonNode? Build(int axis)
        {
            if (axis == names.Shape.Count) return JsonValue.Create(names.Names[flat++]);
            var list = new JsonArray();
            for (var k = 0; k < names.Shape[axis]; k++) list.Add(Build(axis + 1));
            return list;
        }
    }
}
