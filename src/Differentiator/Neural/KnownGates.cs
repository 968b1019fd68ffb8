namespace Differentiator.Neural;

/// <summary>
/// The truth tables a gate's name promises: <c>AND</c>, <c>NAND</c>, <c>OR</c>, <c>NOR</c>,
/// <c>XOR</c>, <c>XNOR</c> (two inputs) and <c>NOT</c> (one), also as a prefix before an
/// underscore (<c>XOR_NAND</c> is an XOR built some way).
/// </summary>
public static class KnownGates
{
    private static readonly Dictionary<string, (int Inputs, Func<int[], int> Output)> Gates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AND"] = (2, x => LogicGates.Output(LogicGate.And, x[0], x[1])),
        ["NAND"] = (2, x => LogicGates.Output(LogicGate.Nand, x[0], x[1])),
        ["OR"] = (2, x => LogicGates.Output(LogicGate.Or, x[0], x[1])),
        ["NOR"] = (2, x => LogicGates.Output(LogicGate.Nor, x[0], x[1])),
        ["XOR"] = (2, x => LogicGates.Output(LogicGate.Xor, x[0], x[1])),
        ["XNOR"] = (2, x => 1 - LogicGates.Output(LogicGate.Xor, x[0], x[1])),
        ["NOT"] = (1, x => 1 - x[0]),
    };

    /// <summary>The gate a name promises (<c>XOR</c> for <c>XOR_NAND</c>), or null.</summary>
    public static string? Promised(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var stem = name.Split('_')[0];
        return Gates.ContainsKey(stem) ? stem.ToUpperInvariant() : null;
    }

    /// <summary>The promised output for <paramref name="inputs"/>, or null when the name promises nothing or the input count differs.</summary>
    public static int? Expected(string name, IReadOnlyList<int> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return Promised(name) is { } gate && Gates[gate].Inputs == inputs.Count ? Gates[gate].Output([.. inputs]) : null;
    }
}
