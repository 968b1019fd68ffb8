using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary><c>dx functions</c>: the function table a formula may call, from the library's one table.</summary>
public static class FunctionsCommand
{
    /// <summary>The command's name, description and examples.</summary>
    public static CommandSpec Spec { get; } = new(
        "functions",
        "List the functions a formula may use: names and aliases, arguments, derivative rule, domain.",
        [
            new("dx functions", "the table"),
            new("dx functions --format json", "the table as a JSON document, with descriptions"),
        ],
        Build);

    private static Command Build(CliContext context, CommandSpec spec)
    {
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command(spec.Name, spec.Description) { format };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var rows = FunctionReport.All();
                if (fmt == OutputFormat.Json) return DxApp.WriteJson(context, ReportJson.Of(rows));
                context.Out.WriteLine(TextTable.Format(
                    ["name", "aliases", "arguments", "derivative", "domain"],
                    rows.Select(f => (IReadOnlyList<string>)[f.Name, string.Join(", ", f.Aliases), Arguments(f), string.Join("; ", f.Rules), f.Domain])));
                context.Out.WriteLine();
                foreach (var f in rows.Where(f => f.DerivativeNote.Length > 0)) context.Out.WriteLine($"{f.Name}: {f.DerivativeNote}");
                context.Out.WriteLine("Functions apply without parentheses to a product (sin 2x is sin(2x)); see grammar/README.md for the language.");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static string Arguments(FunctionReport f) =>
        f.MinArguments == f.MaxArguments ? f.MinArguments.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{f.MinArguments} or {f.MaxArguments}";
}
