namespace Differentiator.Calculus.Numeric;

internal sealed partial class TapeRunner
{
    private readonly double[] _laneA;
    private readonly double[] _laneB;
    private readonly int[] _stamp;
    private readonly PerturbationPlan?[] _plans;
    private int _currentStamp;

    /// <summary>
    /// f with element <paramref name="element"/> set to <paramref name="first"/> and to
    /// <paramref name="second"/>, both computed in one pass over the instructions that depend on it
    /// (two independent lanes), every fold restarting from its cached prefix: bit-identical to two
    /// full runs. Returns false when a value is not finite.
    /// </summary>
    public bool EvaluatePerturbed(ReadOnlySpan<double> input, int element, double first, double second, out double resultA, out double resultB)
    {
        resultA = resultB = double.NaN;
        if (!IsCachedFor(input) && !Run(input, out _)) return false;
        if (!_allFinite) return false;
        var plan = _plans[element] ??= PerturbationPlan.For(_tape, element);
        var stamp = ++_currentStamp;
        var instructions = _tape.Instructions;
        for (var i = 0; i < plan.Slots.Length; i++)
        {
            var slot = plan.Slots[i];
            var ins = instructions[slot];
            double a, b;
            switch (ins.Op)
            {
                case OpCode.Load:
                    a = first;
                    b = second;
                    break;
                case OpCode.Sum:
                    (a, b) = RefoldSum(slot, ins, plan.ChangedPositions[i]);
                    break;
                case OpCode.Product:
                    (a, b) = RefoldProduct(slot, ins, plan.ChangedPositions[i]);
                    break;
                case OpCode.Power:
                    a = Math.Pow(LaneA(ins.Operands[0], stamp), LaneA(ins.Operands[1], stamp));
                    b = Math.Pow(LaneB(ins.Operands[0], stamp), LaneB(ins.Operands[1], stamp));
                    break;
                case OpCode.Divisor:
                    a = Math.Pow(LaneA(ins.Operands[0], stamp), -LaneA(ins.Operands[1], stamp));
                    b = Math.Pow(LaneB(ins.Operands[0], stamp), -LaneB(ins.Operands[1], stamp));
                    break;
                default:
                    var args = _arguments[slot];
                    for (var k = 0; k < args.Length; k++) args[k] = LaneA(ins.Operands[k], stamp);
                    a = ins.Function!.EvaluateCore(args);
                    for (var k = 0; k < args.Length; k++) args[k] = LaneB(ins.Operands[k], stamp);
                    b = ins.Function!.EvaluateCore(args);
                    break;
            }
            if (!double.IsFinite(a) || !double.IsFinite(b)) return false;
            _laneA[slot] = a;
            _laneB[slot] = b;
            _stamp[slot] = stamp;
        }
        var result = _tape.Result;
        var changed = _stamp[result] == stamp;
        resultA = changed ? _laneA[result] : _values[result];
        resultB = changed ? _laneB[result] : _values[result];
        return true;
    }

    private double LaneA(int slot, int stamp) => _stamp[slot] == stamp ? _laneA[slot] : _values[slot];

    private double LaneB(int slot, int stamp) => _stamp[slot] == stamp ? _laneB[slot] : _values[slot];

    private (double, double) RefoldSum(int slot, Instruction ins, int[] changed)
    {
        var values = _operandValues[slot];
        var operands = ins.Operands;
        var k = changed[0];
        double a, b;
        if (k == 0)
        {
            a = _laneA[operands[0]];
            b = _laneB[operands[0]];
        }
        else
        {
            var before = _prefix[slot][k - 1];
            a = before + _laneA[operands[k]];
            b = before + _laneB[operands[k]];
        }
        k++;
        for (var c = 1; c <= changed.Length; c++)
        {
            var next = c < changed.Length ? changed[c] : values.Length;
            // Unchanged operands between two changed ones: one tight loop, two independent chains.
            for (; k < next; k++)
            {
                var v = values[k];
                a += v;
                b += v;
            }
            if (next < values.Length)
            {
                a += _laneA[operands[next]];
                b += _laneB[operands[next]];
                k = next + 1;
            }
        }
        return (a, b);
    }

    private (double, double) RefoldProduct(int slot, Instruction ins, int[] changed)
    {
        var values = _operandValues[slot];
        var operands = ins.Operands;
        var divides = ins.Divides;
        var start = changed[0];
        double a = start == 0 ? 0 : _prefix[slot][start - 1], b = a;
        var c = 0;
        for (var k = start; k < values.Length; k++)
        {
            double va, vb;
            if (c < changed.Length && changed[c] == k)
            {
                va = _laneA[operands[k]];
                vb = _laneB[operands[k]];
                c++;
            }
            else va = vb = values[k];
            a = Step(a, va, k == 0, divides[k]);
            b = Step(b, vb, k == 0, divides[k]);
        }
        return (a, b);
    }
}
