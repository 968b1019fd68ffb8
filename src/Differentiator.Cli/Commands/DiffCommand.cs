using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx diff "formula" [--wrt x,y] [--at x=1.0,y=2.0] [--order n] [--steps] [--shared] [--format …]</c>:
/// symbolic derivatives in textbook form; without <c>--wrt</c>, every partial derivative in variable order.
/// </summary>
public static class DiffCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var formula = FormulaInput.Create();
        var wrt = new Option<string>("--wrt") { Description = "The variables to differentiate by, e.g. x,y (default: all, in order)." };
        var at = PointOption.Create("Also evaluate each derivative at this point, e.g. x=1.0,y=2.0.");
        var order = new Option<int>("--order") { Description = "The order n of the derivative (d^n/dx^n).", DefaultValueFactory = _ => 1 };
        var steps = new Option<bool>("--steps") { Description = "Show the derivation: each rule, chain-rule substitutions spelled out." };
        var shared = new Option<bool>("--shared")
        {
            Description = "Text output names each repeated subexpression once (a1 = …), so large derivatives print at the size of their shared tree.",
        };
        var format = FormatOption.Create();
        var command = new Command("diff", "Differentiate a formula symbolically (partial derivatives, textbook form).")
        {
            formula, wrt, at, order, steps, shared, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var f = FormulaInput.Parse(result.GetValue(formula)!, context);
                var report = FormulaReports.Differentiate(f, new DiffOptions
                {
                    Wrt = WrtOption.Read(result.GetValue(wrt)),
                    Order = result.GetValue(order),
                    At = PointOption.Read(result.GetValue(at)),
                    Steps = result.GetValue(steps),
                });
                return DiffOutput.Write(context, report, fmt, gradient: false, result.GetValue(shared));
            });
        });
        return command;
    }
}
