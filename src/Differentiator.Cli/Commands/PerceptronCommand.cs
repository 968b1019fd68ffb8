using System.CommandLine;
using System.Globalization;
using Differentiator.Neural;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx perceptron [--weights 2,3] [--bias -1] [--inputs "0.2,0.1; 0.6,0.5"] [--activation sigmoid]</c>:
/// the lecture's worked perceptron (its figures by default), with the exact e beside the lecture's 2.7.
/// </summary>
public static class PerceptronCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "perceptron",
        "The lecture's perceptron y = activation(w1 x1 + w2 x2 + b) at some inputs.",
        [
            new("dx perceptron", "the lecture's worked example, with the exact e beside its 2.7"),
            new("dx perceptron --weights 1,1 --bias -1.5 --activation step --inputs \"0,0; 0,1; 1,0; 1,1\"", "a step unit computing AND"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var weights = new Option<string>("--weights") { Description = "The weights w1,w2,… (default 2,3, the lecture's).", DefaultValueFactory = _ => "2,3" };
        var bias = new Option<double>("--bias") { Description = "The bias b (default -1).", DefaultValueFactory = _ => Perceptron.LectureBias };
        var inputs = new Option<string>("--inputs") { Description = "Inputs separated by ';', values by ',' (default \"0.2,0.1; 0.6,0.5\").", DefaultValueFactory = _ => "0.2,0.1; 0.6,0.5" };
        var activation = new Option<string>("--activation") { Description = "sigmoid (default), step, relu, tanh, softplus, or any one-argument function.", DefaultValueFactory = _ => "sigmoid" };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command(spec.Name, spec.Description)
        {
            weights, bias, inputs, activation, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var report = PerceptronReport.Compute(
                    Numbers.ParseList(result.GetValue(weights)!, "--weights"),
                    result.GetValue(bias),
                    [.. result.GetValue(inputs)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => Numbers.ParseList(i, "--inputs"))],
                    result.GetValue(activation)!);
                if (fmt == OutputFormat.Json) return DxApp.WriteJson(context, ReportJson.Of(report));
                context.Out.WriteLine($"y = {report.Unit.ToText()}");
                foreach (var o in report.Outputs) context.Out.WriteLine(Line(o));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Line(PerceptronOutput o)
    {
        var inputs = string.Join(", ", o.Inputs.Select((v, i) => $"x{i + 1} = {Numbers.Short(v)}"));
        // A step unit's output is 0 or 1 exactly: printed as the integer, not as 0.0000.
        var y = o.Y is 0 or 1 ? Numbers.Short(o.Y) : o.Y.ToString("0.0000", CultureInfo.InvariantCulture);
        var line = $"{inputs}: z = {Numbers.Short(o.Z)}, y = {y}";
        if (o.LectureY is not { } lecture) return line;
        var comparison = o.DiffersFromLecture
            ? $"the lecture, with e rounded to 2.7, has {lecture.ToString("0.0000", CultureInfo.InvariantCulture)}: they differ in the third decimal"
            : $"the lecture, with e rounded to 2.7, has {lecture.ToString("0.0000", CultureInfo.InvariantCulture)}: the same to three decimals";
        return $"{line} ({comparison})";
    }
}
