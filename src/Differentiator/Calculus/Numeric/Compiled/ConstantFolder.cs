namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The values of a tape's slots that depend on no input (<c>sqrt(2π)</c>, <c>ln 10</c>), computed
/// once with the very operations a run performs, so emitted code can load them as numbers.
/// </summary>
internal static class ConstantFolder
{
    /// <summary>
    /// The value of every constant slot (other slots hold 0), with powers by a small integer taken by
    /// multiplication when <paramref name="integerPowers"/> (as reverse mode's forward run does);
    /// null when one of them is not finite (emitted code then has nothing to offer: the caller
    /// leaves such formulas to the evaluator, which reports or absorbs the value as it does).
    /// </summary>
    public static double[]? Fold(Tape tape, bool integerPowers)
    {
        var instructions = tape.Instructions;
        var values = new double[instructions.Length];
        for (var slot = 0; slot < instructions.Length; slot++)
        {
            var ins = instructions[slot];
            if (!ins.IsConstant) continue;
            var operands = ins.Operands;
            double value;
            switch (ins.Op)
            {
                case OpCode.Constant: value = ins.Constant; break;
                case OpCode.Sum:
                    value = values[operands[0]];
                    for (var k = 1; k < operands.Length; k++) value += values[operands[k]];
                    break;
                case OpCode.Product:
                    value = 0;
                    for (var k = 0; k < operands.Length; k++) value = TapeRunner.Step(value, values[operands[k]], k == 0, ins.Divides[k]);
                    break;
                case OpCode.Power:
                    value = integerPowers && ins.IntegerExponent is { } n
                        ? TapeRunner.IntegerPower(values[operands[0]], n)
                        : Math.Pow(values[operands[0]], values[operands[1]]);
                    break;
                case OpCode.Divisor: value = Math.Pow(values[operands[0]], -values[operands[1]]); break;
                default:
                    var args = new double[operands.Length];
                    for (var k = 0; k < args.Length; k++) args[k] = values[operands[k]];
                    value = ins.Function!.EvaluateCore(args);
                    break;
            }
            if (!double.IsFinite(value)) return null;
            values[slot] = value;
        }
        return values;
    }
}
