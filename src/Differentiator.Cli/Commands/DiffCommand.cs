using System.CommandLine;
using Differentiator.Calculus.Symbolic;

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
        var at = new Option<string>("--at") { Description = "Also evaluate each derivative at this point, e.g. x=1.0,y=2.0." };
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
        command.SetAction(result => DxApp.Guard(context, () =>
        {
            var f = FormulaInput.Parse(result.GetValue(formula)!, context);
            var atText = result.GetValue(at);
            var point = atText is null ? null : PointParser.ValuesFor(f, atText);
            var variables = PartialDerivatives.Variables(f, result.GetValue(wrt));
            var results = PartialDerivatives.Compute(f, variables, result.GetValue(order), point, result.GetValue(steps));
            var fmt = result.GetValue(format);
            if (fmt == OutputFormat.Json)
            {
                context.Out.WriteLine(Json.Write(DerivativeJson.Document(f, results, point)));
                return ExitCodes.Ok;
            }
            foreach (var r in results)
            {
                foreach (var stage in r.Steps)
                    context.Out.WriteLine(fmt == OutputFormat.Latex ? stage.ToLatex() : stage.ToText());
                var value = r.Value is { } v ? $" = {PartialDerivatives.Format(v)}" : "";
                var shown = result.GetValue(shared) && fmt == OutputFormat.Text
                    ? SharedForm.Print(r.Derivative.Expression)
                    : FormulaView.Show(r.Derivative.Expression, fmt);
                context.Out.WriteLine($"{(fmt == OutputFormat.Latex ? r.LatexLabel + " =" : r.Label + ":")} {shown}{value}");
            }
            DxApp.ReportWarnings(context, f);
            PartialDerivatives.ReportNotes(context, f, results, point);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
