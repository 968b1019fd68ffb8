using Differentiator.Expressions.Evaluation;
using Differentiator.Neural;

namespace Differentiator.Sessions;

/// <summary>
/// A defined function's truth table: its output at every 0/1 input, counting in binary, and
/// whether it is the table its name promises (<c>XOR_NAND</c> must be an XOR).
/// </summary>
public sealed record TruthTable(string Name, IReadOnlyList<string> Inputs, IReadOnlyList<IReadOnlyList<double>> Rows, string? Promised)
{
    /// <summary>The most inputs a table is made for (2^8 rows).</summary>
    public const int MaxInputs = 8;

    /// <summary>Whether every output is 0 or 1.</summary>
    public bool IsBinary => Rows.All(r => r[^1] is 0 or 1);

    /// <summary>The rows whose output is not what the name promises (empty when it promises nothing).</summary>
    public IReadOnlyList<IReadOnlyList<double>> Wrong => Promised is null ? []
        : [.. Rows.Where(r => KnownGates.Expected(Name, [.. r.Take(r.Count - 1).Select(v => (int)v)]) is { } want && r[^1] != want)];

    /// <summary>Whether the promised gate has as many inputs as the function (a NOT needs one).</summary>
    public bool FitsPromise => Promised is null || KnownGates.Expected(Name, [.. Enumerable.Repeat(0, Inputs.Count)]) is not null;

    /// <summary>Whether the outputs are 0/1 and, when the name promises a gate, exactly its table.</summary>
    public bool IsCorrect => IsBinary && FitsPromise && Wrong.Count == 0;

    /// <summary>The table of <paramref name="name"/>(<paramref name="parameters"/>) = <paramref name="body"/>.</summary>
    /// <exception cref="InvalidInputException">The function has no parameters or too many.</exception>
    public static TruthTable Of(string name, IReadOnlyList<string> parameters, Formula body)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(body);
        if (parameters.Count is 0 or > MaxInputs)
            throw new InvalidInputException($"A truth table is made for a function of 1 to {MaxInputs} inputs; {name} has {parameters.Count}.");
        var rows = new List<IReadOnlyList<double>>();
        for (var bits = 0; bits < 1 << parameters.Count; bits++)
        {
            var inputs = parameters.Select((_, i) => (double)((bits >> (parameters.Count - 1 - i)) & 1)).ToArray();
            var values = parameters.Select((p, i) => (p, inputs[i])).ToDictionary(v => v.p, v => v.Item2, StringComparer.Ordinal);
            double output;
            try { output = body.Evaluate(values); }
            catch (EvaluationException) { output = double.NaN; }
            rows.Add([.. inputs, output]);
        }
        return new(name, parameters, rows, KnownGates.Promised(name));
    }
}
