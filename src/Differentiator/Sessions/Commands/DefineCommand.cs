using System.Text.RegularExpressions;
using Differentiator.Sessions.Definitions;
using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>
/// <c>f(x, y) = 2x + 3xy + y^3</c> defines a function and <c>a = 3</c> a named value. A definition
/// may use names defined before it; redefining a name keeps its place, and the definitions that use
/// it see the new one. <c>ans</c> in a body is replaced by the last result when the line is run.
/// </summary>
internal sealed partial class DefineCommand : ISessionCommand
{
    [GeneratedRegex(@"(?<![A-Za-z0-9_\u0391-\u03C9\\])ans(?![A-Za-z0-9_\u0391-\u03C9])")]
    private static partial Regex AnswerWord();

    public IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("f(x, y) = <formula>", "f(x, y) = 2x + 3xy + y^3", "Defines a function; later lines call it (f(1, 2)), differentiate it (d/dx f), and redefining f changes every definition that uses it."),
        new("name = <formula>", "a = 3", "Names a value (or a formula); later lines see it."),
    ];

    public CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile)
    {
        if (DefinitionSyntax.Read(line, content) is not { } d) return null;
        Refuse(line, d.Name, d.NameSpan, "defined");
        foreach (var (name, span) in d.Parameters)
        {
            Refuse(line, name, span, "a parameter");
            if (session.Table.Find(name) is { Definition.IsFunction: true })
                throw LineError.At(line, span, SessionCodes.ReservedName, $"{name} is a defined function, so it cannot also be a parameter; choose another name.");
            if (name == d.Name)
                throw LineError.At(line, span, SessionCodes.ReservedName, $"{name} cannot be both the function and its parameter.");
        }
        var parameters = d.Parameters.Select(p => p.Name).ToList();
        if (parameters.Distinct(StringComparer.Ordinal).Count() != parameters.Count)
            throw LineError.At(line, d.NameSpan, SessionCodes.BadDefinition, $"{d.Name} names a parameter twice.");

        var written = LineSpans.Text(line, d.Body);
        var body = InlineAnswer(session, line, d.Body, written);
        var definition = new Definition(d.Name, parameters, body);
        var existed = session.Table.Find(d.Name) is not null;
        DefinitionTable table;
        try
        {
            table = session.Table.With(definition);
        }
        catch (DefinitionException e)
        {
            var span = e.BodySpan is { } at && body == written ? LineSpans.Shift(at, d.Body.Start) : e.BodySpan is not null ? d.Body : d.NameSpan;
            throw LineError.At(line, span, e.Code, e.Message);
        }
        var expanded = table.Find(d.Name)!.Formula;
        var warnings = Warnings(table, definition, line, d.Body, body == written);
        return new CommandOutcome(session.With(table),
            new DefinitionResult(definition, expanded, table.UsedBy(d.Name), existed, table.UsersOf(d.Name)) { Messages = warnings });
    }

    private static void Refuse(string line, string name, SourceSpan span, string role)
    {
        if (Names.WhyReserved(name) is { } why)
            throw LineError.At(line, span, SessionCodes.ReservedName, $"{name} cannot be {role}: {why}.");
    }

    /// <summary>The body with <c>ans</c> replaced by the last result, in parentheses (a definition keeps the value, not the word).</summary>
    private static string InlineAnswer(Session session, string line, SourceSpan bodySpan, string body)
    {
        var m = AnswerWord().Match(body);
        if (!m.Success) return body;
        if (session.Answer is null)
            throw LineError.At(line, new SourceSpan(bodySpan.Start + m.Index, m.Length), SessionCodes.NoAnswer, "ans is the last result, and there is none yet.");
        return AnswerWord().Replace(body, $"({session.Answer.ToText()})");
    }

    /// <summary>The parser's warnings about the body, placed on the line.</summary>
    private static IReadOnlyList<Reports.ReportMessage> Warnings(DefinitionTable table, Definition definition, string line, SourceSpan body, bool placed)
    {
        var others = new NameScope(table.Definitions.Where(d => d.Name != definition.Name).Select(d => table.Find(d.Name)!));
        var read = others.Read(definition.Body, definition.Parameters, null, out _);
        if (read is null || !placed) return [];
        return LineSpans.Shift(read.Parsed.Warnings.Select(Reports.ReportMessage.From), body.Start);
    }
}
