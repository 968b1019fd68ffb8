using System.CommandLine;
using Differentiator.Cli.Plotting;
using Differentiator.Plotting;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx plot "formula" ["formula2" …] [--from a --to b] [--derivative [n]] [--out file.png|file.svg]</c>:
/// draws formulas of one variable and their derivatives, broken at poles and jumps, kinks circled.
/// </summary>
public static class PlotCommand
{
    /// <summary>The file written when <c>--out</c> is not given.</summary>
    public const string DefaultOut = "plot.png";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formulas = new Argument<string[]>("formula")
        {
            Description = "One or more formulas of one variable, e.g. \"x^3 - 3x\" or \"step(x)\" \"sigmoid(x)\"; '-' reads one from standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var from = new Option<double?>("--from") { Description = "The start of the range (default -5; narrowed to where the formulas are defined when that is small)." };
        var to = new Option<double?>("--to") { Description = "The end of the range (default 5)." };
        var derivative = new Option<int>("--derivative", "-d")
        {
            Description = $"Also draw the derivatives of order 1 to n (n = 1 when omitted, at most {PlotOptions.MaxDerivativeOrder}).",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0) return result.Implicit ? 0 : 1;
                if (int.TryParse(result.Tokens[0].Value, out var n) && n is >= 1 and <= PlotOptions.MaxDerivativeOrder) return n;
                result.AddError($"--derivative takes an order from 1 to {PlotOptions.MaxDerivativeOrder}, not '{result.Tokens[0].Value}' (put the formulas before --derivative).");
                return 0;
            },
        };
        var output = new Option<string>("--out", "-o") { Description = $"The picture to write, .png or .svg (default {DefaultOut} in the current folder)." };
        var command = new Command("plot", "Draw formulas and their derivatives to a PNG or SVG file: gaps at poles and jumps, kinks circled.")
        {
            formulas, from, to, derivative, output,
        };
        command.SetAction(result => DxApp.Guard(context, OutputFormat.Text, () =>
        {
            var parsed = result.GetValue(formulas)!.Select(text => FormulaInput.Parse(text, context)).ToList();
            var path = result.GetValue(output) ?? DefaultOut;
            var options = new PlotOptions { From = result.GetValue(from), To = result.GetValue(to), DerivativeOrder = result.GetValue(derivative) };
            context.Out.WriteLine(PictureFile.WriteFunctions(parsed, options, path));
            foreach (var f in parsed) DxApp.ReportMessages(context, f, f.Warnings.Select(ReportMessage.From));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
