namespace Differentiator.Neural;

/// <summary>The two-input logic gates of the lecture.</summary>
public enum LogicGate
{
    /// <summary>1 when both inputs are 1.</summary>
    And,
    /// <summary>NOT AND: 0 only when both inputs are 1.</summary>
    Nand,
    /// <summary>1 when either input is 1.</summary>
    Or,
    /// <summary>NOT OR: 1 only when both inputs are 0.</summary>
    Nor,
    /// <summary>1 when exactly one input is 1; not linearly separable.</summary>
    Xor,
}

/// <summary>The gates' truth tables, the training data of the lecture.</summary>
public static class LogicGates
{
    /// <summary>The four input rows, counting in binary: (0,0), (0,1), (1,0), (1,1).</summary>
    public static IReadOnlyList<(int X1, int X2)> Inputs { get; } = [(0, 0), (0, 1), (1, 0), (1, 1)];

    /// <summary>The gate's output for inputs <paramref name="x1"/>, <paramref name="x2"/>.</summary>
    public static int Output(LogicGate gate, int x1, int x2) => gate switch
    {
        LogicGate.And => x1 & x2,
        LogicGate.Nand => 1 - (x1 & x2),
        LogicGate.Or => x1 | x2,
        LogicGate.Nor => 1 - (x1 | x2),
        _ => x1 ^ x2,
    };

    /// <summary>Whether one straight line separates the gate's 0 rows from its 1 rows (all but XOR).</summary>
    public static bool IsLinearlySeparable(LogicGate gate) => gate != LogicGate.Xor;

    /// <summary>Reads <c>and</c>, <c>NAND</c>, … (any case).</summary>
    /// <exception cref="InvalidInputException">The name is not a gate.</exception>
    public static LogicGate Parse(string name) =>
        Enum.TryParse<LogicGate>(name, ignoreCase: true, out var gate) && Enum.IsDefined(gate) && !int.TryParse(name, out _)
            ? gate
            : throw new InvalidInputException($"'{name}' is not a gate; the gates are and, nand, or, nor, xor.");
}
