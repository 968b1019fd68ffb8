using System.Runtime.Intrinsics;

namespace Differentiator.Calculus.Numeric;

internal sealed partial class TapeRunner
{
    /// <summary>The most elements perturbed in one pass: 16 lanes (x+h and x−h of each), four 256-bit vectors.</summary>
    public const int MaxBatch = 8;

    // Allocated by the first perturbed evaluation: a runner used only for full runs or reverse mode needs none.
    private double[][] _lanes = [];
    private int[][] _elementStamps = [];
    private int[] _unionStamps = [];
    private readonly PerturbationPlan?[] _plans;
    private int _currentStamp;

    /// <summary>
    /// For each element j of the batch, f with that element set to firsts[j] and to seconds[j]: all in
    /// one pass over the instructions that depend on the batch's elements, every fold restarting from
    /// its cached prefix and the long tails of sums folded for all lanes at once with vector adds
    /// (lane by lane the same IEEE additions, in the same order): bit-identical to full runs.
    /// Returns false when a value is not finite.
    /// </summary>
    public bool EvaluatePerturbed(ReadOnlySpan<double> input, ReadOnlySpan<int> elements, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond)
    {
        if (_lanes.Length == 0) AllocateLanes();
        if (!IsCachedFor(input) && !Run(input, out _)) return false;
        if (!_allFinite) return false;
        var batch = elements.Length;
        var stamp = ++_currentStamp;
        var plans = new PerturbationPlan[batch];
        var cursors = new int[batch];
        var union = new List<int>();
        for (var j = 0; j < batch; j++)
        {
            plans[j] = _plans[elements[j]] ??= PerturbationPlan.For(_tape, elements[j]);
            foreach (var slot in plans[j].Slots)
                if (_unionStamps[slot] != stamp)
                {
                    _unionStamps[slot] = stamp;
                    union.Add(slot);
                }
        }
        union.Sort();
        var active = new List<(int Element, int[] Changed)>(batch);
        foreach (var slot in union)
        {
            active.Clear();
            for (var j = 0; j < batch; j++)
            {
                var plan = plans[j];
                if (cursors[j] < plan.Slots.Length && plan.Slots[cursors[j]] == slot)
                    active.Add((j, plan.ChangedPositions[cursors[j]++]));
            }
            if (!Compute(slot, active, firsts, seconds, stamp)) return false;
        }
        var result = _tape.Result;
        for (var j = 0; j < batch; j++)
        {
            var changed = _elementStamps[j][result] == stamp;
            resultsFirst[j] = changed ? _lanes[2 * j][result] : _values[result];
            resultsSecond[j] = changed ? _lanes[2 * j + 1][result] : _values[result];
        }
        return true;
    }

    private void AllocateLanes()
    {
        var n = _tape.Instructions.Length;
        _lanes = [.. Enumerable.Range(0, 2 * MaxBatch).Select(_ => new double[n])];
        _elementStamps = [.. Enumerable.Range(0, MaxBatch).Select(_ => new int[n])];
        _unionStamps = new int[n];
    }

    private bool Compute(int slot, List<(int Element, int[] Changed)> active, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds, int stamp)
    {
        var ins = _tape.Instructions[slot];
        if (ins.Op == OpCode.Sum) RefoldSum(slot, ins, active, stamp);
        else
        {
            foreach (var (j, changed) in active)
            {
                for (var side = 0; side < 2; side++)
                {
                    var lane = 2 * j + side;
                    _lanes[lane][slot] = ins.Op switch
                    {
                        OpCode.Load => side == 0 ? firsts[j] : seconds[j],
                        OpCode.Product => RefoldProduct(slot, ins, changed, lane),
                        OpCode.Power => Math.Pow(Value(lane, j, ins.Operands[0], stamp), Value(lane, j, ins.Operands[1], stamp)),
                        OpCode.Divisor => Math.Pow(Value(lane, j, ins.Operands[0], stamp), -Value(lane, j, ins.Operands[1], stamp)),
                        _ => CallLane(slot, ins, lane, j, stamp),
                    };
                }
            }
        }
        foreach (var (j, _) in active)
        {
            if (!double.IsFinite(_lanes[2 * j][slot]) || !double.IsFinite(_lanes[2 * j + 1][slot])) return false;
            _elementStamps[j][slot] = stamp;
        }
        return true;
    }

    /// <summary>The value of <paramref name="slot"/> in <paramref name="lane"/>: changed by element j, or the cached run's.</summary>
    private double Value(int lane, int j, int slot, int stamp) => _elementStamps[j][slot] == stamp ? _lanes[lane][slot] : _values[slot];

    private double CallLane(int slot, Instruction ins, int lane, int j, int stamp)
    {
        var args = _arguments[slot];
        for (var k = 0; k < args.Length; k++) args[k] = Value(lane, j, ins.Operands[k], stamp);
        return ins.Function!.EvaluateCore(args);
    }

    private double RefoldProduct(int slot, Instruction ins, int[] changed, int lane)
    {
        var values = _operandValues[slot];
        var start = changed[0];
        var acc = start == 0 ? 0 : _prefix[slot][start - 1];
        var c = 0;
        for (var k = start; k < values.Length; k++)
        {
            var v = c < changed.Length && changed[c] == k ? _lanes[lane][ins.Operands[changed[c++]]] : values[k];
            acc = Step(acc, v, k == 0, ins.Divides[k]);
        }
        return acc;
    }

    /// <summary>
    /// Each active element's two lanes start at its first changed term (from the cached prefix) and
    /// catch up to the last start; from there every lane adds the same unchanged terms, 16 lanes per
    /// step, stopping only at terms some element changed.
    /// </summary>
    private void RefoldSum(int slot, Instruction ins, List<(int Element, int[] Changed)> active, int stamp)
    {
        var values = _operandValues[slot];
        var operands = ins.Operands;
        Span<double> acc = stackalloc double[2 * MaxBatch];
        Span<int> next = stackalloc int[MaxBatch];
        var catchUp = active.Max(a => a.Changed[0]) + 1;
        foreach (var (j, changed) in active)
        {
            var s = changed[0];
            double a, b;
            if (s == 0)
            {
                a = _lanes[2 * j][operands[0]];
                b = _lanes[2 * j + 1][operands[0]];
            }
            else
            {
                a = _prefix[slot][s - 1] + _lanes[2 * j][operands[s]];
                b = _prefix[slot][s - 1] + _lanes[2 * j + 1][operands[s]];
            }
            var c = 1;
            for (var k = s + 1; k < catchUp; k++)
            {
                if (c < changed.Length && changed[c] == k)
                {
                    a += _lanes[2 * j][operands[k]];
                    b += _lanes[2 * j + 1][operands[k]];
                    c++;
                }
                else
                {
                    a += values[k];
                    b += values[k];
                }
            }
            acc[2 * j] = a;
            acc[2 * j + 1] = b;
            next[j] = c;
        }

        var position = catchUp;
        while (position < values.Length)
        {
            var stop = values.Length;
            foreach (var (j, changed) in active)
                if (next[j] < changed.Length && changed[next[j]] < stop) stop = changed[next[j]];
            position = AddTail(acc, values, position, stop);
            if (stop == values.Length) break;
            foreach (var (j, changed) in active)
            {
                if (next[j] < changed.Length && changed[next[j]] == stop)
                {
                    acc[2 * j] += _lanes[2 * j][operands[stop]];
                    acc[2 * j + 1] += _lanes[2 * j + 1][operands[stop]];
                    next[j]++;
                }
                else
                {
                    acc[2 * j] += values[stop];
                    acc[2 * j + 1] += values[stop];
                }
            }
            position = stop + 1;
        }
        foreach (var (j, _) in active)
        {
            _lanes[2 * j][slot] = acc[2 * j];
            _lanes[2 * j + 1][slot] = acc[2 * j + 1];
        }
    }

    /// <summary>Adds values[from..to) to all 16 lanes, in order; four independent vector chains.</summary>
    private static int AddTail(Span<double> acc, double[] values, int from, int to)
    {
        var v0 = Vector256.Create(acc[..4]);
        var v1 = Vector256.Create(acc[4..8]);
        var v2 = Vector256.Create(acc[8..12]);
        var v3 = Vector256.Create(acc[12..16]);
        for (var k = from; k < to; k++)
        {
            var v = Vector256.Create(values[k]);
            v0 += v;
            v1 += v;
            v2 += v;
            v3 += v;
        }
        v0.CopyTo(acc[..4]);
        v1.CopyTo(acc[4..8]);
        v2.CopyTo(acc[8..12]);
        v3.CopyTo(acc[12..16]);
        return to;
    }
}
