using Differentiator.Sessions.Lines;

namespace Differentiator.Sessions.Definitions;

/// <summary>Orders definitions so that each comes after the ones it uses, and refuses a cycle.</summary>
internal static class DependencyOrder
{
    /// <exception cref="DefinitionException">A definition uses itself, directly or through others (blamed on <paramref name="changed"/>).</exception>
    public static IReadOnlyList<Definition> Sort(IReadOnlyList<Definition> definitions, IReadOnlyDictionary<string, IReadOnlySet<string>> uses, string? changed = null)
    {
        var byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var place = definitions.Select((d, i) => (d.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var order = new List<Definition>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var d in definitions) Visit(d.Name);
        return order;

        // Depth is bounded by the number of definitions (DefinitionTable.MaxDefinitions).
        void Visit(string name)
        {
            if (done.Contains(name)) return;
            var at = path.IndexOf(name);
            if (at >= 0) throw Cycle([.. path.Skip(at), name], changed);
            path.Add(name);
            foreach (var used in uses[name].Where(byName.ContainsKey).OrderBy(u => place[u]))
                Visit(used);
            path.RemoveAt(path.Count - 1);
            done.Add(name);
            order.Add(byName[name]);
        }
    }

    private static DefinitionException Cycle(IReadOnlyList<string> cycle, string? changed)
    {
        var start = changed is not null && cycle.Contains(changed) ? cycle.ToList().IndexOf(changed) : 0;
        var rotated = cycle.Take(cycle.Count - 1).Skip(start).Concat(cycle.Take(cycle.Count - 1).Take(start)).ToList();
        rotated.Add(rotated[0]);
        var who = rotated[0];
        var message = rotated.Count == 2
            ? $"{who} would be defined in terms of itself ({who} uses {who}); a definition cannot refer to its own name."
            : $"This would make a cycle: {string.Join(" → ", rotated)} ({string.Join(", ", rotated.Zip(rotated.Skip(1)).Select(p => $"{p.First} uses {p.Second}"))}).";
        return new DefinitionException(SessionCodes.Cycle, message);
    }
}
