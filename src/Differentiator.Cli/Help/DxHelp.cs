using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Differentiator.Cli.Help;

/// <summary>
/// <c>--help</c> of every command: the usage, arguments and options, then examples and where to
/// read more. With <c>--format json</c> it is a <c>{"help": …}</c> document instead, so that
/// standard output is JSON whenever JSON was asked for.
/// </summary>
public static class DxHelp
{
    /// <summary>
    /// Makes <paramref name="root"/>'s help option (inherited by every command) print dx's help,
    /// and under <c>--format json</c> its version option a <c>{"version": …}</c> document.
    /// </summary>
    public static void Install(RootCommand root, CliContext context, bool json)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>()) option.Action = new HelpAction(context, json);
        if (json)
            foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new JsonVersionAction(context);
    }

    /// <summary>The examples of the command (for the root, the first of each command) and where to read more.</summary>
    internal static IReadOnlyList<CommandExample> Examples(Command command) =>
        command is RootCommand
            ? [.. DxCommands.All.Select(c => c.Examples[0]), new("dx diff --help", "each command's options and more examples")]
            : DxCommands.Find(command.Name)?.Examples ?? [];

    /// <summary>Where to read about the language and the functions.</summary>
    internal const string SeeAlso = "'dx functions' lists the functions; grammar/README.md in the source describes the language.";

    private static void WriteExamples(Command command, TextWriter writer)
    {
        var examples = Examples(command);
        if (examples.Count > 0)
        {
            writer.WriteLine("Examples:");
            foreach (var e in examples)
            {
                writer.WriteLine($"  {e.CommandLine}");
                writer.WriteLine($"      {e.Shows}");
            }
            writer.WriteLine();
        }
        writer.WriteLine($"See also: {SeeAlso}");
    }

    private sealed class JsonVersionAction(CliContext context) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult) =>
            DxApp.WriteJson(context, new System.Text.Json.Nodes.JsonObject { ["version"] = Version });
    }

    /// <summary>The tool's version, as <c>--version</c> prints it.</summary>
    private static string Version =>
        typeof(DxHelp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    private sealed class HelpAction(CliContext context, bool json) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            if (json) return DxApp.WriteJson(context, HelpJson.Of(command));
            new System.CommandLine.Help.HelpAction().Invoke(parseResult);
            WriteExamples(command, context.Out);
            return ExitCodes.Ok;
        }
    }
}
