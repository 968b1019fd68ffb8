using Differentiator.Reports;

namespace Differentiator.Sessions;

/// <summary>
/// A definition was made: <see cref="Definition"/> as written, <see cref="Expanded"/> its body with
/// every defined name it uses put in (for a function, in terms of its parameters), and
/// <see cref="Uses"/> the defined names it uses. <see cref="Redefined"/> says whether it replaced
/// an earlier definition, and <see cref="Dependents"/> names the definitions that use it (they see the new one).
/// </summary>
public sealed record DefinitionResult(Definition Definition, Formula Expanded, IReadOnlyList<string> Uses, bool Redefined, IReadOnlyList<string> Dependents) : SessionResult;

/// <summary>A definition as <c>:defs</c> lists it: as written, expanded, and the defined names it uses.</summary>
public sealed record DefinitionEntry(Definition Definition, Formula Expanded, IReadOnlyList<string> Uses);

/// <summary><c>:defs</c>: every definition, in the order made.</summary>
public sealed record DefinitionsResult(IReadOnlyList<DefinitionEntry> Definitions) : SessionResult;

/// <summary><c>:undef f</c>: the name is no longer defined.</summary>
public sealed record UndefinedResult(string Name) : SessionResult;

/// <summary><c>:format latex</c>: the session now prints in <see cref="Format"/> (or, for <c>:format</c> alone, does).</summary>
public sealed record FormatResult(DisplayFormat Format) : SessionResult;

/// <summary><c>:help</c>: every command, each with an example.</summary>
public sealed record HelpResult(IReadOnlyList<HelpEntry> Entries) : SessionResult;

/// <summary><c>:quit</c>: the front end ends the session.</summary>
public sealed record QuitRequest : SessionResult;

/// <summary>
/// <c>:save file.dx</c>: the front end writes <see cref="Text"/> (the definitions as REPL lines) to
/// <see cref="Path"/>; the session does no file I/O.
/// </summary>
public sealed record SaveRequest(string Path, string Text) : SessionResult;

/// <summary><c>:load file.dx</c>: the front end reads <see cref="Path"/> and hands its text to <see cref="Session.Load"/>.</summary>
public sealed record LoadRequest(string Path) : SessionResult;

/// <summary>A <c>.dx</c> file was run: the result of each of its lines that did something, and the names it defined.</summary>
public sealed record LoadResult(string Path, IReadOnlyList<LoadedLine> Lines, IReadOnlyList<string> Defined) : SessionResult
{
    /// <inheritdoc/>
    public override bool IsError => Lines.Any(l => l.Result.IsError);
}

/// <summary>One line of a loaded file: its number (from 1), its text, and its result.</summary>
public sealed record LoadedLine(int Number, string Text, SessionResult Result);

/// <summary><c>:table XOR</c> (or <c>:table</c> for every gate): truth tables of defined functions.</summary>
public sealed record TruthTableResult(IReadOnlyList<TruthTable> Tables) : SessionResult;

/// <summary>A line joined the session's sequences (<c>a(n+1) = 2a(n)</c>); <see cref="Names"/> are all the sequences now defined.</summary>
public sealed record RecurrenceResult(string Line, IReadOnlyList<string> Names) : SessionResult;

/// <summary><c>:seq</c>: the first terms of the session's sequences.</summary>
public sealed record SequenceResult(SequenceReport Report) : SessionResult;
