namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Runs a <see cref="Tape"/> in doubles. A full run keeps, for every sum and product, its operand
/// values and its running (prefix) results, so a later run with one input changed can restart each
/// fold at the first changed operand (<see cref="TapeRunner.EvaluatePerturbed"/>) and a reverse sweep
/// can walk the folds backwards. Not thread-safe: one runner per thread.
/// </summary>
internal sealed partial class TapeRunner
{
    private readonly Tape _tape;
    private readonly double[] _values;
    private readonly double[][] _operandValues;
    private readonly double[][] _prefix;
    private readonly double[][] _arguments;
    private double[] _cachedInput = [];
    private bool _cacheValid;
    private bool _allFinite;

    public TapeRunner(Tape tape)
    {
        _tape = tape;
        var n = tape.Instructions.Length;
        _values = new double[n];
        _operandValues = new double[n][];
        _prefix = new double[n][];
        _arguments = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var ins = tape.Instructions[i];
            if (ins.Op is OpCode.Sum or OpCode.Product)
            {
                _operandValues[i] = new double[ins.Operands.Length];
                _prefix[i] = new double[ins.Operands.Length];
            }
            else if (ins.Op == OpCode.Call) _arguments[i] = new double[ins.Operands.Length];
        }
        _plans = new PerturbationPlan?[tape.Elements];
    }

    /// <summary>
    /// Runs the whole tape at <paramref name="input"/>; returns false when some value is not finite
    /// (the caller then defers to the tree evaluator, which reports such cases).
    /// </summary>
    public bool Run(ReadOnlySpan<double> input, out double result)
    {
        var instructions = _tape.Instructions;
        var allFinite = true;
        for (var slot = 0; slot < instructions.Length; slot++)
        {
            var ins = instructions[slot];
            double value;
            switch (ins.Op)
            {
                case OpCode.Constant: value = ins.Constant; break;
                case OpCode.Load: value = input[ins.Variable]; break;
                case OpCode.Sum: value = FoldFull(slot, ins, isSum: true); break;
                case OpCode.Product: value = FoldFull(slot, ins, isSum: false); break;
                case OpCode.Power: value = Math.Pow(_values[ins.Operands[0]], _values[ins.Operands[1]]); break;
                case OpCode.Divisor: value = Math.Pow(_values[ins.Operands[0]], -_values[ins.Operands[1]]); break;
                default:
                    var args = _arguments[slot];
                    for (var k = 0; k < args.Length; k++) args[k] = _values[ins.Operands[k]];
                    value = ins.Function!.EvaluateCore(args);
                    break;
            }
            _values[slot] = value;
            if (!double.IsFinite(value))
            {
                // Stop here: the tree evaluator will report (or return) exactly what it does for such values.
                allFinite = false;
                break;
            }
        }
        _allFinite = allFinite;
        _cachedInput = input.ToArray();
        _cacheValid = true;
        result = allFinite ? _values[_tape.Result] : double.NaN;
        return allFinite;
    }

    private double FoldFull(int slot, Instruction ins, bool isSum)
    {
        var operands = ins.Operands;
        var values = _operandValues[slot];
        var prefix = _prefix[slot];
        var divides = ins.Divides;
        double acc = 0;
        for (var k = 0; k < operands.Length; k++)
        {
            var v = _values[operands[k]];
            values[k] = v;
            acc = isSum ? (k == 0 ? v : acc + v) : Step(acc, v, k == 0, divides[k]);
            prefix[k] = acc;
        }
        return acc;
    }

    /// <summary>b^n by repeated squaring.</summary>
    internal static double IntegerPower(double b, int n)
    {
        if (n == 2) return b * b;
        var result = 1.0;
        var square = b;
        for (var m = Math.Abs(n); m > 0; m >>= 1)
        {
            if ((m & 1) == 1) result *= square;
            square *= square;
        }
        return n < 0 ? 1 / result : result;
    }

    /// <summary>One step of a product fold, exactly as the tree evaluator takes it.</summary>
    internal static double Step(double acc, double v, bool first, bool divide) =>
        divide ? (first ? 1 / v : acc / v) : (first ? v : acc * v);

    public void ResetCache() => _cacheValid = false;

    private bool IsCachedFor(ReadOnlySpan<double> input) => _cacheValid && input.SequenceEqual(_cachedInput);
}
