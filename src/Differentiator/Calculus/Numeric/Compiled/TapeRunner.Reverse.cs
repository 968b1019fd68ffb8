namespace Differentiator.Calculus.Numeric;

internal sealed partial class TapeRunner
{
    private double[] _adjoint = [];

    /// <summary>
    /// Reverse-mode differentiation: one run forwards, then adjoints flow backwards through every
    /// instruction once (sums and products through their cached prefixes), so the whole gradient
    /// costs a small multiple of one evaluation, whatever the number of inputs. Returns false when a
    /// value is not finite.
    /// </summary>
    public bool Gradient(ReadOnlySpan<double> input, Span<double> gradient)
    {
        if (!Run(input, exactPowers: false, out _)) return false;
        var instructions = _tape.Instructions;
        if (_adjoint.Length != instructions.Length) _adjoint = new double[instructions.Length];
        Array.Clear(_adjoint);
        gradient.Clear();
        _adjoint[_tape.Result] = 1;
        for (var slot = instructions.Length - 1; slot >= 0; slot--)
        {
            var ins = instructions[slot];
            var adj = _adjoint[slot];
            if (adj == 0 || ins.IsConstant) continue;
            var operands = ins.Operands;
            switch (ins.Op)
            {
                case OpCode.Load:
                    gradient[ins.Variable] += adj;
                    break;
                case OpCode.Sum:
                    foreach (var o in operands) _adjoint[o] += adj;
                    break;
                case OpCode.Product:
                    BackProduct(slot, ins, adj);
                    break;
                case OpCode.Power:
                    BackPower(operands[0], operands[1], _values[operands[0]], _values[operands[1]], _values[slot], adj, 1);
                    break;
                case OpCode.Divisor:
                    BackPower(operands[0], operands[1], _values[operands[0]], -_values[operands[1]], _values[slot], adj, -1);
                    break;
                default:
                    var args = _arguments[slot];
                    for (var k = 0; k < operands.Length; k++) args[k] = _values[operands[k]];
                    for (var k = 0; k < operands.Length; k++)
                    {
                        if (_tape.Instructions[operands[k]].IsConstant) continue;
                        // A zero local derivative stops the chain, even behind an infinite adjoint (as dual numbers do).
                        var partial = FunctionDerivatives.Partial(ins.Function!, args, k);
                        if (partial != 0) _adjoint[operands[k]] += adj * partial;
                    }
                    break;
            }
        }
        return true;
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

    /// <summary>d(b^e) = e·b^(e−1) db + b^e·ln b de; <paramref name="sign"/> is −1 for a divisor b^(−e).</summary>
    private void BackPower(int baseSlot, int exponentSlot, double b, double e, double value, double adj, int sign)
    {
        if (!_tape.Instructions[baseSlot].IsConstant)
            _adjoint[baseSlot] += adj * (e == 2 ? 2 * b : e == 1 ? 1 : e == Math.Round(e) && Math.Abs(e) <= 17 ? e * IntegerPower(b, (int)e - 1) : e * Math.Pow(b, e - 1));
        if (!_tape.Instructions[exponentSlot].IsConstant)
            _adjoint[exponentSlot] += adj * sign * value * Math.Log(b);
    }
}
