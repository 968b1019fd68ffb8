namespace Differentiator.Syntax;

/// <summary>Finds the known name a mistyped one most likely meant: <c>Sin</c> → sin, <c>sqr</c> → sqrt.</summary>
internal static class Spelling
{
    /// <summary>
    /// The candidate equal to <paramref name="name"/> but for case, else the first candidate at the
    /// smallest edit distance (insertions, deletions, substitutions, swaps of neighbours) if that
    /// distance is small for the name's length: 1 up to four letters, 2 beyond. Null when none is close.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyList<string> ?? [.. candidates];
        foreach (var c in list)
            if (string.Equals(c, name, StringComparison.OrdinalIgnoreCase)) return c;
        var limit = name.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var c in list)
        {
            if (Math.Abs(c.Length - name.Length) > limit) continue;
            var d = Distance(name.ToLowerInvariant(), c.ToLowerInvariant());
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>The optimal-string-alignment distance: edits, counting a swap of two neighbours as one.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
