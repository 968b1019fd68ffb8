using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>A command that starts with its word: <c>grad f</c>, <c>plot f from -2 to 2</c>.</summary>
internal abstract class KeywordCommand(string word, string example) : ISessionCommand
{
    public abstract IReadOnlyList<HelpEntry> Help { get; }

    public CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile)
    {
        if (Keywords.After(line, content, word) is not { } rest) return null;
        if (rest.Length == 0)
            throw LineError.At(line, new SourceSpan(content.Start, word.Length), SessionCodes.BadCommand, $"{word} needs a formula: {example}.");
        return Run(session, line, rest);
    }

    /// <summary>Runs the command on what follows its word (trimmed, not empty).</summary>
    protected abstract CommandOutcome Run(Session session, string line, SourceSpan rest);

    /// <summary>The formula and the point of <c>… at …</c>, the point required or not.</summary>
    protected (Operand Operand, Point? Point) OperandAndPoint(Session session, string line, SourceSpan rest, bool pointRequired)
    {
        var (formulaSpan, pointSpan) = AtClause.Split(line, rest);
        if (pointRequired && pointSpan is null)
            throw LineError.At(line, new SourceSpan(rest.End, 1), SessionCodes.BadCommand, $"{word} needs a point: {example}.");
        var operand = OperandReader.Read(session, line, formulaSpan);
        return (operand, pointSpan is { } p ? PointReader.Read(session, line, p, operand.Variables) : null);
    }
}
