using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>What an instruction of a <see cref="Tape"/> computes.</summary>
internal enum OpCode
{
    /// <summary>A number.</summary>
    Constant,
    /// <summary>The value of input element <see cref="Instruction.Variable"/>.</summary>
    Load,
    /// <summary>Operands added from the left.</summary>
    Sum,
    /// <summary>Operands multiplied from the left; an operand flagged in <see cref="Instruction.Divides"/> divides instead.</summary>
    Product,
    /// <summary><c>Math.Pow(operand 0, operand 1)</c>.</summary>
    Power,
    /// <summary><c>Math.Pow(operand 0, −operand 1)</c>: the divisor of a factor below the fraction bar.</summary>
    Divisor,
    /// <summary>A function of the table.</summary>
    Call,
}

/// <summary>One step of a <see cref="Tape"/>; its result goes to the slot with its own index.</summary>
internal sealed class Instruction
{
    public required OpCode Op { get; init; }
    public int[] Operands { get; init; } = [];
    public bool[] Divides { get; init; } = [];
    public double Constant { get; init; }
    public int Variable { get; init; } = -1;
    public MathFunction? Function { get; init; }

    /// <summary>For a power whose exponent is a constant small integer, that integer (reverse mode may multiply instead of calling pow).</summary>
    public int? IntegerExponent { get; init; }

    /// <summary>Whether the value depends on no input element (its adjoint need not be propagated).</summary>
    public bool IsConstant { get; init; }
}
