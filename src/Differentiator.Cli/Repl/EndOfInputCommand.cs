using RadLine;

namespace Differentiator.Cli.Repl;

/// <summary>Ctrl-D: on an empty line ends the session, as in a shell; otherwise deletes the character under the cursor.</summary>
internal sealed class EndOfInputCommand : LineEditorCommand
{
    public override void Execute(LineEditorContext context)
    {
        if (context.Buffer.Content.Length == 0) context.Submit(SubmitAction.Cancel);
        else context.Execute(new DeleteCommand());
    }
}
