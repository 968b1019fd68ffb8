namespace Differentiator.Calculus.Numeric;

internal sealed partial class TapeRunner
{
    private double[] _adjoint = [];
    private Layout? _layout;

    /// <summary>The tape as flat arrays, for the tight loops of the reverse sweep.</summary>
    private sealed class Layout
    {
        public Layout(Tape tape)
        {
            var ins = tape.Instructions;
            Ops = [.. ins.Select(i => i.Op)];
            Operands = [.. ins.Select(i => i.Operands)];
            Constant = [.. ins.Select(i => i.IsConstant)];
            Variable = [.. ins.Select(i => i.Variable)];
            IntegerExponent = [.. ins.Select(i => i.IntegerExponent ?? int.MinValue)];
            Value = [.. ins.Select(i => i.Constant)];
        }

        public OpCode[] Ops { get; }
        public int[][] Operands { get; }
        public bool[] Constant { get; }
        public int[] Variable { get; }
        public int[] IntegerExponent { get; }
        public double[] Value { get; }
    }

    /// <summary>
    /// Reverse-mode differentiation: one run forwards (small integer powers by multiplication), then
    /// adjoints flow backwards through every instruction once (products through their cached
    /// prefixes), so the whole gradient costs a small multiple of one evaluation, whatever the number
    /// of inputs. Returns false when a value is not finite.
    /// </summary>
    public bool Gradient(ReadOnlySpan<double> input, Span<double> gradient)
    {
        var layout = _layout ??= new Layout(_tape);
        if (!Forward(input, layout)) return false;
        var n = layout.Ops.Length;
        if (_adjoint.Length != n) _adjoint = new double[n];
        var adjoint = _adjoint;
        Array.Clear(adjoint);
        gradient.Clear();
        adjoint[n - 1] = 1;
        var ops = layout.Ops;
        var constant = layout.Constant;
        for (var slot = n - 1; slot >= 0; slot--)
        {
            var adj = adjoint[slot];
            if (adj == 0 || constant[slot]) continue;
            var operands = layout.Operands[slot];
            switch (ops[slot])
            {
                case OpCode.Load:
                    gradient[layout.Variable[slot]] += adj;
                    break;
                case OpCode.Sum:
                    foreach (var o in operands) adjoint[o] += adj;
                    break;
                case OpCode.Product:
                    BackProduct(slot, _tape.Instructions[slot], adj);
                    break;
                case OpCode.Power:
                    BackPower(layout, operands[0], operands[1], _values[operands[0]], _values[operands[1]], _values[slot], adj, 1);
                    break;
                case OpCode.Divisor:
                    BackPower(layout, operands[0], operands[1], _values[operands[0]], -_values[operands[1]], _values[slot], adj, -1);
                    break;
                default:
                    BackCall(layout, slot, adj);
                    break;
            }
        }
        return true;
    }

    /// <summary>The forward run for the sweep: products keep their folds, sums need not; not kept as the cached run.</summary>
    private bool Forward(ReadOnlySpan<double> input, Layout layout)
    {
        _cacheValid = false;
        var ops = layout.Ops;
        var values = _values;
        for (var slot = 0; slot < ops.Length; slot++)
        {
            var operands = layout.Operands[slot];
            double value;
            switch (ops[slot])
            {
                case OpCode.Constant: value = layout.Value[slot]; break;
                case OpCode.Load: value = input[layout.Variable[slot]]; break;
                case OpCode.Sum:
                    value = values[operands[0]];
                    for (var k = 1; k < operands.Length; k++) value += values[operands[k]];
                    break;
                case OpCode.Product: value = FoldFull(slot, _tape.Instructions[slot], isSum: false); break;
                case OpCode.Power:
                    var n = layout.IntegerExponent[slot];
                    value = n != int.MinValue ? IntegerPower(values[operands[0]], n) : Math.Pow(values[operands[0]], values[operands[1]]);
                    break;
                case OpCode.Divisor: value = Math.Pow(values[operands[0]], -values[operands[1]]); break;
                default:
                    var args = _arguments[slot];
                    for (var k = 0; k < args.Length; k++) args[k] = values[operands[k]];
                    value = _tape.Instructions[slot].Function!.EvaluateCore(args);
                    break;
            }
            if (!double.IsFinite(value)) return false;
            values[slot] = value;
        }
        return true;
    }

    private void BackCall(Layout layout, int slot, double adj)
    {
        var operands = layout.Operands[slot];
        var args = _arguments[slot];
        for (var k = 0; k < operands.Length; k++) args[k] = _values[operands[k]];
        for (var k = 0; k < operands.Length; k++)
        {
            if (layout.Constant[operands[k]]) continue;
            // A zero local derivative stops the chain, even behind an infinite adjoint (as dual numbers do).
            var partial = FunctionDerivatives.Partial(_tape.Instructions[slot].Function!, args, k);
            if (partial != 0) _adjoint[operands[k]] += adj * partial;
        }
    }

    /// <summary>Back through the fold acc_k = acc_{k−1}·v_k (or /v_k), from the last factor to the first.</summary>
    private void BackProduct(int slot, Instruction ins, double adj)
    {
        var values = _operandValues[slot];
        var prefix = _prefix[slot];
        var operands = ins.Operands;
        for (var k = values.Length - 1; k >= 0; k--)
        {
            var v = values[k];
            var before = k == 0 ? 1 : prefix[k - 1];
            if (ins.Divides[k])
            {
                _adjoint[operands[k]] -= adj * before / (v * v);
                adj /= v;
            }
            else
            {
                _adjoint[operands[k]] += adj * before;
                adj *= v;
            }
        }
    }

    /// <summary>∂(b^e)/∂b = e·b^(e−1), by multiplication for a small integer e (emitted reverse mode calls this too).</summary>
    internal static double PowerBaseDerivative(double b, double e) =>
        e == 2 ? 2 * b : e == 1 ? 1 : e == Math.Round(e) && Math.Abs(e) <= 17 ? e * IntegerPower(b, (int)e - 1) : e * Math.Pow(b, e - 1);

    /// <summary>d(b^e) = e·b^(e−1) db + b^e·ln b de; <paramref name="sign"/> is −1 for a divisor b^(−e).</summary>
    private void BackPower(Layout layout, int baseSlot, int exponentSlot, double b, double e, double value, double adj, int sign)
    {
        if (!layout.Constant[baseSlot])
            _adjoint[baseSlot] += adj * PowerBaseDerivative(b, e);
        if (!layout.Constant[exponentSlot])
            _adjoint[exponentSlot] += adj * sign * value * Math.Log(b);
    }
}
