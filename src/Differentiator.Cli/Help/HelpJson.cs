using System.CommandLine;
using System.Text.Json.Nodes;

namespace Differentiator.Cli.Help;

/// <summary>
/// A command's help as a JSON document: <c>{"help": {"command", "description", "usage",
/// "arguments", "options", "commands", "examples", "see_also"}}</c>.
/// </summary>
public static class HelpJson
{
    /// <summary>The help document of <paramref name="command"/>.</summary>
    public static JsonObject Of(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var name = command is RootCommand ? "dx" : $"dx {command.Name}";
        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>");
        var usage = string.Join(" ", [name, .. command.Subcommands.Count > 0 ? ["<command>"] : arguments, "[options]"]);
        return new JsonObject
        {
            ["help"] = new JsonObject
            {
                ["command"] = name,
                ["description"] = command.Description,
                ["usage"] = usage,
                ["arguments"] = new JsonArray([.. command.Arguments.Where(a => !a.Hidden).Select(a => (JsonNode)new JsonObject
                {
                    ["name"] = a.Name,
                    ["description"] = a.Description,
                })]),
                ["options"] = new JsonArray([.. AllOptions(command).Select(o => (JsonNode)new JsonObject
                {
                    ["name"] = o.Name,
                    ["aliases"] = new JsonArray([.. o.Aliases.Select(a => (JsonNode)JsonValue.Create(a))]),
                    ["description"] = o.Description,
                    ["required"] = o.Required,
                })]),
                ["commands"] = new JsonArray([.. command.Subcommands.Where(c => !c.Hidden).Select(c => (JsonNode)new JsonObject
                {
                    ["name"] = c.Name,
                    ["description"] = c.Description,
                })]),
                ["examples"] = new JsonArray([.. DxHelp.Examples(command).Select(e => (JsonNode)new JsonObject
                {
                    ["command"] = e.CommandLine,
                    ["shows"] = e.Shows,
                })]),
                ["see_also"] = DxHelp.SeeAlso,
            },
        };
    }

    /// <summary>The command's own options and the ones it inherits (help, version).</summary>
    private static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive && !o.Hidden && !own.Contains(o));
        return [.. own, .. inherited];
    }
}
