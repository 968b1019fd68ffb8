using Differentiator.Expressions;
using Differentiator.Reports;
using Differentiator.Sessions.Commands;
using Differentiator.Sessions.Definitions;
using Differentiator.Sessions.Lines;

namespace Differentiator.Sessions;

/// <summary>
/// A REPL session, immutable: its definitions, the last result (<c>ans</c>) and the display
/// format. <see cref="Run"/> takes one line and gives the next session with the line's result;
/// nothing is printed, read or written here (files are the front end's job: see
/// <see cref="SaveRequest"/> and <see cref="LoadRequest"/>), and no exception escapes: every
/// error is an <see cref="ErrorResult"/> placed on the line typed.
/// </summary>
/// <example>
/// <code>
/// var step = Session.Empty.Run("f(x, y) = 2x + 3xy + y^3");
/// step = step.Session.Run("d/dx f");
/// Console.WriteLine(((FormulaResult)step.Result).Formula);   // 2 + 3y
/// </code>
/// </example>
public sealed class Session
{
    private Session(DefinitionTable table, Formula? answer, DisplayFormat format, IReadOnlyList<string> recurrences)
    {
        Table = table;
        Answer = answer;
        Format = format;
        Recurrences = recurrences;
    }

    /// <summary>A session with no definitions, no result yet, printing text.</summary>
    public static Session Empty { get; } = new(DefinitionTable.Empty, null, DisplayFormat.Text, []);

    /// <summary>The lines that define sequences (<c>a(1) = 1</c>, <c>a(n+1) = 2a(n)</c>), in the order given; <c>:seq</c> computes their terms.</summary>
    public IReadOnlyList<string> Recurrences { get; }

    /// <summary>The definitions, in the order they were made (a redefinition keeps its place).</summary>
    public IReadOnlyList<Definition> Definitions => Table.Definitions;

    /// <summary>The last result a later line can use as <c>ans</c>, or null before the first.</summary>
    public Formula? Answer { get; }

    /// <summary>How the front end prints formulas.</summary>
    public DisplayFormat Format { get; }

    /// <summary>Every command with an example, for <c>:help</c>.</summary>
    public static IReadOnlyList<HelpEntry> Help => CommandTable.Help;

    /// <summary>The <c>:commands</c>, for completion: <c>:help</c>, <c>:defs</c>, ….</summary>
    public static IReadOnlyList<string> ColonCommands => CommandTable.ColonCommandNames;

    /// <summary>The words a line may start with (<c>grad</c>, <c>hessian</c>, …) and divide a command (<c>at</c>, <c>from</c>, <c>to</c>).</summary>
    public static IReadOnlyCollection<string> CommandWords => Names.CommandWords;

    /// <summary>The built-in functions and their aliases.</summary>
    public static IEnumerable<string> BuiltInFunctions => MathFunctions.Names;

    /// <summary>The defined names and <c>ans</c>, for completion.</summary>
    public IEnumerable<string> DefinedNames => Table.Definitions.Select(d => d.Name).Append(Names.Answer);

    internal DefinitionTable Table { get; }

    /// <summary>
    /// The truth table of each defined function whose outputs at 0/1 inputs are all 0 or 1 (the
    /// gates), in the order defined; with <paramref name="name"/>, that function's table whatever it gives.
    /// </summary>
    /// <exception cref="InvalidInputException"><paramref name="name"/> is not a defined function.</exception>
    public IReadOnlyList<TruthTable> TruthTables(string? name = null)
    {
        if (name is not null)
        {
            var resolved = Table.Find(name);
            if (resolved is null || !resolved.Definition.IsFunction)
                throw new InvalidInputException($"{name} is not a defined function; the functions are {string.Join(", ", Definitions.Where(d => d.IsFunction).Select(d => d.Name))}.");
            return [TruthTable.Of(name, resolved.Definition.Parameters, resolved.Formula)];
        }
        return [.. Definitions.Where(d => d.IsFunction && d.Parameters.Count <= TruthTable.MaxInputs)
            .Select(d => TruthTable.Of(d.Name, d.Parameters, Table.Find(d.Name)!.Formula))
            .Where(t => t.IsBinary)];
    }

    /// <summary>Runs one line; the result says what happened and <see cref="SessionStep.Session"/> is the session after it.</summary>
    public SessionStep Run(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var (next, result) = Execute(line, inFile: false);
        return new SessionStep(next, line, result);
    }

    /// <summary>
    /// Runs the lines of a <c>.dx</c> file (its text, read by the front end): definitions and any
    /// other lines, in order, each error reported with its line number and the rest still run.
    /// <c>:load</c>, <c>:save</c> and <c>:quit</c> work only at the prompt.
    /// </summary>
    public SessionStep Load(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var session = this;
        var lines = new List<LoadedLine>();
        var defined = new List<string>();
        var number = 0;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            number++;
            var (next, result) = session.Execute(line, inFile: true);
            session = next;
            if (result is NothingResult) continue;
            if (result is DefinitionResult d && !defined.Contains(d.Definition.Name)) defined.Add(d.Definition.Name);
            lines.Add(new LoadedLine(number, line, result));
        }
        return new SessionStep(session, $":load {path}", new LoadResult(path, lines, defined));
    }

    internal Session With(DefinitionTable? table = null, Formula? answer = null, DisplayFormat? format = null, IReadOnlyList<string>? recurrences = null) =>
        new(table ?? Table, answer ?? Answer, format ?? Format, recurrences ?? Recurrences);

    private (Session, SessionResult) Execute(string line, bool inFile)
    {
        try
        {
            var outcome = CommandTable.Run(this, line, inFile);
            return (outcome.Session, outcome.Result);
        }
        catch (LineError e)
        {
            return (this, new ErrorResult(e.Report));
        }
        catch (Exception e) when (ErrorReport.From(e) is { } report)
        {
            return (this, new ErrorResult(OnLine(report, line)));
        }
#pragma warning disable CA1031 // a bug in one line must not end the session: it is reported as a result
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (this, new ErrorResult(new ErrorReport(SessionCodes.Internal, $"Internal error ({e.GetType().Name}: {e.Message}). This is a bug.")));
        }
    }

    /// <summary>An error about a piece of the line (a point, an array) placed on the line itself when the piece is found there.</summary>
    private static ErrorReport OnLine(ErrorReport report, string line)
    {
        if (report.Input is null || report.Span is not { } span) return report;
        var at = line.IndexOf(report.Input, StringComparison.Ordinal);
        return at < 0 ? report with { Input = null, Span = null } : report with { Input = line, Span = LineSpans.Shift(span, at) };
    }
}

/// <summary>One line run: the session after it, the line, and what it produced.</summary>
public sealed record SessionStep(Session Session, string Line, SessionResult Result);
