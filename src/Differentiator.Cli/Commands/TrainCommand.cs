using System.CommandLine;
using Differentiator.Cli.Plotting;
using Differentiator.Neural;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx train and|nand|or|nor|xor [--epochs n] [--rate r] [--seed s] [--hidden k] [--numeric] [--loss …] [--format json]</c>:
/// trains a sigmoid unit (or a 2-k-1 network) on a gate's truth table by gradient descent with the
/// differentiator's gradient of the loss formula.
/// </summary>
public static class TrainCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "train",
        "Train a sigmoid unit (or a small network) to compute a logic gate, with the differentiator's gradient.",
        [
            new("dx train and", "a sigmoid unit learns AND"),
            new("dx train xor --hidden 2", "XOR needs a hidden layer: a 2-2-1 network"),
            new("dx train or --numeric", "the lecture's central-difference gradient beside the symbolic one"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var gate = new Argument<string>("gate") { Description = "and, nand, or, nor or xor." };
        var epochs = new Option<int>("--epochs") { Description = "Gradient-descent steps (default 5000).", DefaultValueFactory = _ => 5000 };
        var rate = new Option<double>("--rate") { Description = "The learning rate (default 1).", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "The seed of the normal distribution the weights start from (default 1).", DefaultValueFactory = _ => 1 };
        var hidden = new Option<int>("--hidden") { Description = "Hidden sigmoid units: k makes a 2-k-1 network (default 0, a single unit)." };
        var numeric = new Option<bool>("--numeric") { Description = "Use the lecture's central-difference gradient, and compare it with the symbolic one in time and result." };
        var loss = new Option<string>("--loss") { Description = "cross-entropy or squared.", DefaultValueFactory = _ => "cross-entropy" };
        loss.AcceptOnlyFromAmong("cross-entropy", "squared");
        var plot = new Option<string?>("--plot") { Description = "Also draw the loss against the epoch into this file: .png or .svg." };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command(spec.Name, spec.Description)
        {
            gate, epochs, rate, seed, hidden, numeric, loss, plot, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var options = new TrainingOptions
                {
                    Epochs = result.GetValue(epochs),
                    Rate = result.GetValue(rate),
                    Seed = result.GetValue(seed),
                    Hidden = result.GetValue(hidden),
                    Numeric = result.GetValue(numeric),
                    Loss = result.GetValue(loss) == "squared" ? TrainingLoss.Squared : TrainingLoss.CrossEntropy,
                };
                var gateName = LogicGates.Parse(result.GetValue(gate)!);
                var plotPath = result.GetValue(plot);
                if (plotPath is not null) PictureFile.Check(plotPath, "--plot");
                var report = TerminalProgress.Run(context, $"training {gateName.ToString().ToUpperInvariant()}", options.Epochs,
                    progress => TrainingReport.Run(gateName, options, progress));
                // The picture first: if it cannot be written, the error is the only document.
                if (plotPath is not null) context.Error.WriteLine($"wrote {PictureFile.WriteLoss(report.Result.LossHistory, TrainingText.Title(report), plotPath)}");
                if (fmt == OutputFormat.Json) DxApp.WriteJson(context, ReportJson.Of(report));
                else foreach (var line in TrainingText.Lines(report)) context.Out.WriteLine(line);
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
