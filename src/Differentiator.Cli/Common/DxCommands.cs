using Differentiator.Cli.Commands;
using Differentiator.Cli.Repl;

namespace Differentiator.Cli;

/// <summary>The commands of <c>dx</c>, in the order help lists them.</summary>
public static class DxCommands
{
    /// <summary>Every command.</summary>
    public static IReadOnlyList<CommandSpec> All { get; } =
    [
        ParseCommand.Spec,
        EvalCommand.Spec,
        DiffCommand.Spec,
        GradCommand.Spec,
        NumDiffCommand.Spec,
        CompareCommand.Spec,
        TableCommand.Spec,
        PlotCommand.Spec,
        GradeCommand.Spec,
        SeqCommand.Spec,
        PerceptronCommand.Spec,
        TrainCommand.Spec,
        GatesCommand.Spec,
        FunctionsCommand.Spec,
        ReplCommand.Spec,
        ServeCommand.Spec,
    ];

    /// <summary>The command called <paramref name="name"/>, or null.</summary>
    public static CommandSpec? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The names of every command: <c>parse, eval, diff, …</c>.</summary>
    public static string Names => string.Join(", ", All.Select(c => c.Name));
}
