using Differentiator.Sessions;

namespace Differentiator.Cli;

/// <summary>The text form of truth tables, shared by <c>dx gates</c> and the REPL's <c>:table</c>.</summary>
public static class TruthTableText
{
    /// <summary>For each table: a heading that says what was checked, then one line per row.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<TruthTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            yield return "no gates defined (a gate is a function whose outputs at 0/1 inputs are 0 or 1)";
            yield break;
        }
        for (var t = 0; t < tables.Count; t++)
        {
            if (t > 0) yield return "";
            var table = tables[t];
            yield return $"{table.Name}({string.Join(", ", table.Inputs)}){Verdict(table)}";
            var widths = table.Inputs.Select(i => Math.Max(i.Length, 1)).ToArray();
            yield return string.Join(" ", table.Inputs) + " | " + table.Name;
            foreach (var row in table.Rows)
                yield return string.Join(" ", row.Take(row.Count - 1).Select((v, i) => Numbers.Short(v).PadLeft(widths[i]))) + " | " + Output(row[^1]);
        }
    }

    private static string Verdict(TruthTable t) =>
        !t.IsBinary ? ": not a gate (an output is not 0 or 1)"
        : t.Promised is null ? ""
        : !t.FitsPromise ? $": named like {t.Promised}, but it has {t.Inputs.Count} input(s)"
        : t.Wrong.Count == 0 ? $": the {t.Promised} table, checked"
        : $": NOT the {t.Promised} table, wrong at {string.Join(", ", t.Wrong.Select(r => "(" + string.Join(", ", r.Take(r.Count - 1).Select(Numbers.Short)) + ")"))}";

    private static string Output(double v) => double.IsNaN(v) ? "undefined" : Numbers.Short(v);
}
