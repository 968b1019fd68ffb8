using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary><c>:table XOR</c>: the truth table of a defined function; <c>:table</c> alone, of every gate.</summary>
internal sealed class TableCommand : IColonCommand
{
    public string Name => "table";

    public HelpEntry Help { get; } = new(":table [name]", ":table XOR", "Prints the truth table of a function at 0/1 inputs, checked against the gate its name promises (:table alone: every gate).");

    public CommandOutcome Run(Session session, string line, SourceSpan argument, bool inFile)
    {
        var name = argument.Length == 0 ? null : LineSpans.Text(line, argument);
        try
        {
            return new(session, new TruthTableResult(session.TruthTables(name)));
        }
        catch (InvalidInputException e)
        {
            throw LineError.At(line, argument, SessionCodes.BadCommand, e.Message);
        }
    }
}
