using System.Collections.Immutable;
using Differentiator.Expressions;

namespace Differentiator.Sessions.Definitions;

/// <summary>
/// A session's definitions, immutable. Bodies are kept as written and expanded in dependency
/// order whenever the table changes, so a definition always sees the current definitions of the
/// names it uses (redefining f changes every definition that calls f). Every definition in a
/// table expands: a change that would make a cycle or break another definition is refused.
/// </summary>
internal sealed class DefinitionTable
{
    /// <summary>The most definitions a session holds (so that expanding them stays quick and shallow).</summary>
    public const int MaxDefinitions = 1000;

    public static readonly DefinitionTable Empty = new([], ImmutableDictionary<string, ResolvedDefinition>.Empty, ImmutableDictionary<string, IReadOnlySet<string>>.Empty);

    private readonly ImmutableDictionary<string, ResolvedDefinition> _resolved;
    private readonly ImmutableDictionary<string, IReadOnlySet<string>> _uses;

    private DefinitionTable(ImmutableList<Definition> definitions, ImmutableDictionary<string, ResolvedDefinition> resolved, ImmutableDictionary<string, IReadOnlySet<string>> uses)
    {
        Definitions = definitions;
        _resolved = resolved;
        _uses = uses;
        Scope = new NameScope(resolved.Values);
    }

    /// <summary>The definitions in the order they were first made.</summary>
    public ImmutableList<Definition> Definitions { get; }

    /// <summary>How formulas are read against these definitions.</summary>
    public NameScope Scope { get; }

    public ResolvedDefinition? Find(string name) => _resolved.GetValueOrDefault(name);

    /// <summary>The defined names the definition of <paramref name="name"/> uses, in definition order.</summary>
    public IReadOnlyList<string> UsedBy(string name) =>
        _uses.TryGetValue(name, out var uses) ? [.. Definitions.Select(d => d.Name).Where(uses.Contains)] : [];

    /// <summary>The definitions that use <paramref name="name"/> directly, in definition order.</summary>
    public IReadOnlyList<string> UsersOf(string name) =>
        [.. Definitions.Where(d => _uses.TryGetValue(d.Name, out var uses) && uses.Contains(name)).Select(d => d.Name)];

    /// <summary>The definitions in an order in which each comes after the ones it uses (for saving).</summary>
    public IReadOnlyList<Definition> InDependencyOrder() => DependencyOrder.Sort(Definitions, _uses);

    /// <summary>The table with <paramref name="definition"/> added, or replacing the definition of its name (which keeps its place).</summary>
    /// <exception cref="DefinitionException">The body does not parse, calls an undefined function, makes a cycle, or breaks another definition.</exception>
    public DefinitionTable With(Definition definition)
    {
        var index = Definitions.FindIndex(d => d.Name == definition.Name);
        if (index < 0 && Definitions.Count >= MaxDefinitions)
            throw new DefinitionException(SessionCodes.BadDefinition, $"A session holds at most {MaxDefinitions} definitions; remove one with :undef first.");
        var definitions = index < 0 ? Definitions.Add(definition) : Definitions.SetItem(index, definition);
        var names = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var uses = definitions.ToImmutableDictionary(d => d.Name, d => Uses(d, d.Name == definition.Name, names), StringComparer.Ordinal);
        var order = DependencyOrder.Sort(definitions, uses, definition.Name);
        return new DefinitionTable(definitions, Resolve(order, definition.Name), uses);
    }

    /// <summary>The table without <paramref name="name"/>.</summary>
    /// <exception cref="DefinitionException">Another definition uses the name.</exception>
    public DefinitionTable Without(string name)
    {
        var users = UsersOf(name);
        if (users.Count > 0)
            throw new DefinitionException(SessionCodes.BreaksDefinition,
                $"{string.Join(", ", users)} {(users.Count == 1 ? "uses" : "use")} {name}; remove or redefine {(users.Count == 1 ? "it" : "them")} first.");
        var definitions = Definitions.RemoveAll(d => d.Name == name);
        return new DefinitionTable(definitions, _resolved.Remove(name), _uses.Remove(name));
    }

    /// <summary>The defined names the body of <paramref name="definition"/> uses (calls, and names written bare).</summary>
    private static IReadOnlySet<string> Uses(Definition definition, bool isNew, IReadOnlyDictionary<string, Definition> names)
    {
        var scope = NameScope.ForDependencies(names.Values);
        var formula = scope.Parse(definition.Body, definition.Parameters, out var error);
        if (formula is null)
        {
            if (isNew) throw new DefinitionException(error!.Code, error.Message, error.Span);
            throw new DefinitionException(SessionCodes.BreaksDefinition,
                $"This would break {definition}: {error!.Message}");
        }
        if (isNew) UndefinedCalls.Check(definition, names);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in formula.Variables)
        {
            var name = NameScope.MarkedName(v) ?? v;
            if (names.ContainsKey(name) && !definition.Parameters.Contains(name)) used.Add(name);
        }
        return used;
    }

    private static ImmutableDictionary<string, ResolvedDefinition> Resolve(IReadOnlyList<Definition> order, string changed)
    {
        var resolved = ImmutableDictionary.CreateBuilder<string, ResolvedDefinition>(StringComparer.Ordinal);
        foreach (var d in order)
        {
            var scope = new NameScope(resolved.Values);
            var formula = scope.Parse(d.Body, d.Parameters, out var error);
            if (formula is null)
            {
                if (d.Name == changed) throw new DefinitionException(error!.Code, error.Message, error.Span);
                throw new DefinitionException(SessionCodes.BreaksDefinition, $"This would break {d}: {error!.Message}");
            }
            resolved[d.Name] = new ResolvedDefinition(d, formula.Expression);
        }
        return resolved.ToImmutable();
    }
}
