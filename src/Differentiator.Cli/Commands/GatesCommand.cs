using System.CommandLine;
using Differentiator.Reports;

namespace Differentiator.Cli.Commands;

/// <summary>
/// <c>dx gates [file.dx] [--format json]</c>: the truth table of every gate a <c>.dx</c> file
/// defines, each checked against the gate its name promises; without a file, the lecture's gates
/// (the definitions of <c>examples/gates.dx</c>, shipped inside the tool).
/// </summary>
public static class GatesCommand
{
    /// <summary>The name of the built-in gates.</summary>
    public const string BuiltIn = "gates.dx";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = "A .dx file of gate definitions (default: the lecture's gates).", Arity = ArgumentArity.ZeroOrOne };
        var format = FormatOption.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("gates", "Truth tables of logic gates defined as perceptrons, each checked (AND, NAND, OR, NOR, NOT, XOR, XOR from NAND or NOR alone).")
        {
            file, format,
        };
        command.SetAction(result =>
        {
            var fmt = result.GetValue(format);
            return DxApp.Guard(context, fmt, () =>
            {
                var path = result.GetValue(file);
                var report = path is null ? GatesReport.Load(BuiltIn, BuiltInText()) : GatesReport.Load(path, File.ReadAllText(path));
                if (fmt == OutputFormat.Json) context.Out.WriteLine(ReportJson.Write(ReportJson.Of(report)));
                else foreach (var line in TruthTableText.Lines(report.Tables)) context.Out.WriteLine(line);
                if (report.AllCorrect) return ExitCodes.Ok;
                if (fmt != OutputFormat.Json)
                    context.Error.WriteLine($"error: {string.Join(", ", report.Tables.Where(t => !t.IsCorrect).Select(t => t.Name))} do not compute the gate their names promise.");
                return ExitCodes.BadInput;
            });
        });
        return command;
    }

    /// <summary>The lecture's gates, as shipped inside the tool.</summary>
    public static string BuiltInText()
    {
        using var stream = typeof(GatesCommand).Assembly.GetManifestResourceStream(BuiltIn)
            ?? throw new InvalidOperationException("The built-in gates are missing from the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
