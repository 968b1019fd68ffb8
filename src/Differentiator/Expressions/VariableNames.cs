namespace Differentiator.Expressions;

/// <summary>
/// The variable names a tree contains, computed once per node and kept on it (nodes are immutable),
/// so "does this subtree depend on x" is a field read and a short scan, in every run and for every
/// variable, instead of a walk or a table per run. A node shares its child's array when the child
/// already holds all the names.
/// </summary>
internal static class VariableNames
{
    private static readonly string[] None = [];

    /// <summary>The names, sorted ordinally; never to be written.</summary>
    public static string[] Of(Expr e)
    {
        if (e.VariableNames is { } known) return known;
        StackGuard.Ensure();
        var names = e switch
        {
            Symbol s => [s.Name],
            _ when e.Items.Length == 0 => None,
            _ => Union(e.Items),
        };
        e.VariableNames = names;
        return names;
    }

    /// <summary>Whether the tree contains the variable <paramref name="name"/>.</summary>
    public static bool Contain(Expr e, string name)
    {
        var names = Of(e);
        if (names.Length > 8) return Array.BinarySearch(names, name, StringComparer.Ordinal) >= 0;
        foreach (var n in names)
            if (ReferenceEquals(n, name) || string.Equals(n, name, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string[] Union(Expr[] items)
    {
        var result = Of(items[0]);
        HashSet<string>? many = null;
        for (var i = 1; i < items.Length; i++)
        {
            var next = Of(items[i]);
            if (ReferenceEquals(next, result) || next.Length == 0) continue;
            if (many is not null)
            {
                many.UnionWith(next);
                continue;
            }
            if (result.Length == 0 || IsSubset(result, next)) result = next;
            else if (!IsSubset(next, result)) result = Merge(result, next);
            if (result.Length > 64) many = new HashSet<string>(result, StringComparer.Ordinal);
        }
        if (many is null) return result;
        var sorted = many.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>Whether every name of sorted <paramref name="a"/> is in sorted <paramref name="b"/>.</summary>
    private static bool IsSubset(string[] a, string[] b)
    {
        if (a.Length > b.Length) return false;
        var j = 0;
        foreach (var name in a)
        {
            while (j < b.Length && string.CompareOrdinal(b[j], name) < 0) j++;
            if (j == b.Length || !string.Equals(b[j], name, StringComparison.Ordinal)) return false;
            j++;
        }
        return true;
    }

    private static string[] Merge(string[] a, string[] b)
    {
        var merged = new List<string>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            var c = i == a.Length ? 1 : j == b.Length ? -1 : string.CompareOrdinal(a[i], b[j]);
            if (c <= 0) merged.Add(a[i++]);
            else merged.Add(b[j++]);
            if (c == 0) j++;
        }
        return [.. merged];
    }
}
