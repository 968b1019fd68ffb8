using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx diff "formula" [--wrt x,y] [--at x=1.0,y=2.0] [--order n] [--steps] [--shared] [--format …]</c>:
/// symbolic derivatives in textbook form; without <c>--wrt</c>, every partial derivative in variable order.
/// </summary>
public static class DiffCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "diff",
        "Differentiate a formula symbolically (partial derivatives, textbook form).",
        [
            new("dx diff \"2x+3xy+y^3\"", "d/dx: 2 + 3y and d/dy: 3x + 3y^2"),
            new("dx diff \"e^(3x^2)\" --steps", "the chain rule with t = 3x^2, step by step"),
            new("dx diff \"x^3\" --wrt x --order 2 --at x=2.0", "d^2/dx^2: 6x = 12"),
            new("dx diff \"sin(sin(sin(x)))\" --order 2 --shared", "repeated subexpressions named once"),
            new("printf 'x^2\\nx^3\\n' | dx diff - --format json", "one JSON document per line of standard input"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
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
        var command = new Command(spec.Name, spec.Description) { formula, wrt, at, order, steps, shared, format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return FormulaInput.Run(context, fmt, result.GetValue(formula)!, (ctx, f) =>
            {
                var report = FormulaReports.Differentiate(f, new DiffOptions
                {
                    Wrt = WrtOption.Read(result.GetValue(wrt)),
                    Order = result.GetValue(order),
                    At = PointOption.Read(result.GetValue(at)),
                    Steps = result.GetValue(steps),
                });
                return DiffOutput.Write(ctx, report, fmt, gradient: false, result.GetValue(shared));
            });
        });
        return command;
    }
}
