using Differentiator.Sessions.Definitions;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>:undef f</c>: removes a definition, unless another definition uses it.</summary>
internal sealed class UndefCommand : IColonCommand
{
    public string Name => "undef";

    public HelpEntry Help { get; } = new(":undef <name>", ":undef f", "Removes a definition (refused while another definition uses it).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        if (argument.Length == 0)
            throw LineError.At(line, new SourceSpan(argument.Start, 1), SessionCodes.BadCommand, ":undef needs the name to remove: :undef f.");
        var name = Names.Normalize(LineSpans.Text(line, argument));
        if (session.Table.Find(name) is null)
            throw LineError.At(line, argument, SessionCodes.NotDefined, $"{name} is not defined." +
                (session.Definitions.Count == 0 ? "" : $" The defined names are {string.Join(", ", session.Definitions.Select(d => d.Name))}."));
        try
        {
            return new(session.With(session.Table.Without(name)), new UndefinedResult(name));
        }
        catch (DefinitionException e)
        {
            throw LineError.At(line, argument, e.Code, e.Message);
        }
    }
}
