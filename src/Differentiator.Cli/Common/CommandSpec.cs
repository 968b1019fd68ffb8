using System.CommandLine;

namespace Differentiator.Cli;

/// <summary>One example in a command's help: the command line and what it shows.</summary>
public sealed record CommandExample(string CommandLine, string Shows);

/// <summary>
/// A <c>dx</c> command before it is built: its name, one-line description and examples, and how to
/// build it. Only the command that runs is built, so start-up does not pay for the others.
/// </summary>
public sealed record CommandSpec(string Name, string Description, IReadOnlyList<CommandExample> Examples, Func<CliContext, CommandSpec, Command> Build)
{
    /// <summary>The built command.</summary>
    public Command Create(CliContext context) => Build(context, this);
}
