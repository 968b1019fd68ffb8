using System.Reflection.Emit;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Writes the slots of an <see cref="EmissionPlan"/> as IL, with the same operations in the same
/// order as the tape (and so as the evaluator): sums and products fold from the left, a divisor
/// divides, powers call <see cref="Math.Pow"/>. Kept slots are computed in tape order into locals;
/// the others where they are used. Recursion is bounded by the plan's inline height.
/// </summary>
internal sealed class SlotWriter
{

    private readonly ILGenerator _il;
    private readonly EmissionPlan _plan;
    private readonly Action<int> _pushElement;
    private readonly LocalBuilder _finite;
    private readonly KernelFunctions _functions;
    private readonly LocalBuilder?[] _locals;
    private readonly LocalBuilder[]?[] _prefixes;

    /// <param name="il">Where to write.</param>
    /// <param name="plan">What to write.</param>
    /// <param name="pushElement">Pushes input element i (what a load reads).</param>
    /// <param name="finite">An int local that stays 1 while every checked value is finite; the caller sets it to 1 first.</param>
    /// <param name="functions">The rows called through their delegates, with how to push one.</param>
    /// <param name="keepPrefixes">Whether each product keeps its running results in locals (for reverse mode).</param>
    public SlotWriter(ILGenerator il, EmissionPlan plan, Action<int> pushElement, LocalBuilder finite, KernelFunctions functions, bool keepPrefixes = false)
    {
        _il = il;
        _plan = plan;
        _pushElement = pushElement;
        _finite = finite;
        _functions = functions;
        var n = plan.Tape.Instructions.Length;
        _locals = new LocalBuilder?[n];
        _prefixes = new LocalBuilder[n][];
        if (!keepPrefixes) return;
        for (var slot = 0; slot < n; slot++)
        {
            var ins = plan.Tape.Instructions[slot];
            if (ins.Op == OpCode.Product && !ins.IsConstant)
                _prefixes[slot] = [.. Enumerable.Range(0, ins.Operands.Length).Select(_ => il.DeclareLocal(typeof(double)))];
        }
    }

    /// <summary>Computes every kept slot into its local, in tape order.</summary>
    public void WriteKept()
    {
        var materialize = _plan.Materialize;
        for (var slot = 0; slot < materialize.Length; slot++)
        {
            if (!materialize[slot]) continue;
            WriteValue(slot);
            var local = _il.DeclareLocal(typeof(double));
            _il.Emit(OpCodes.Stloc, local);
            _locals[slot] = local;
        }
    }

    /// <summary>Pushes the value of <paramref name="slot"/>: a number, a kept local, or its operations written here.</summary>
    public void Push(int slot)
    {
        if (_plan.Tape.Instructions[slot].IsConstant) _il.Emit(OpCodes.Ldc_R8, _plan.Constants[slot]);
        else if (_locals[slot] is { } local) _il.Emit(OpCodes.Ldloc, local);
        else WriteValue(slot);
    }

    /// <summary>The running result of product <paramref name="slot"/> after operand <paramref name="k"/> (kept prefixes only).</summary>
    public LocalBuilder Prefix(int slot, int k) => _prefixes[slot]![k];

    private void WriteValue(int slot)
    {
        StackGuard.Ensure();
        var ins = _plan.Tape.Instructions[slot];
        var operands = ins.Operands;
        switch (ins.Op)
        {
            case OpCode.Load: _pushElement(ins.Variable); break;
            case OpCode.Sum or OpCode.Product: WriteFold(slot, ins); break;
            case OpCode.Power when _plan.IntegerPowers && ins.IntegerExponent is { } n:
                Push(operands[0]);
                _il.Emit(OpCodes.Ldc_I4, n);
                _il.Emit(OpCodes.Call, KnownMethods.IntegerPower);
                break;
            case OpCode.Power:
                Push(operands[0]);
                Push(operands[1]);
                _il.Emit(OpCodes.Call, KnownMethods.Pow);
                break;
            case OpCode.Divisor:
                Push(operands[0]);
                Push(operands[1]);
                _il.Emit(OpCodes.Neg);
                _il.Emit(OpCodes.Call, KnownMethods.Pow);
                break;
            case OpCode.Call:
                EmittedFunctions.Emit(_il, ins.Function!, operands.Length, k => Push(operands[k]), () => _functions.Push(_il, ins.Function!));
                break;
            default:
                throw new InvalidOperationException($"A constant slot {slot} has no operations to write.");
        }
        if (_plan.Check[slot]) WriteCheck();
    }

    /// <summary>
    /// acc = v0 (or 1/v0 for a leading divisor), then acc = acc ∘ v_k from the left; a long fold
    /// stores its running value every <see cref="EmissionPlan.FoldBreak"/> operands, and a kept
    /// product stores every running value.
    /// </summary>
    private void WriteFold(int slot, Instruction ins)
    {
        var operands = ins.Operands;
        var prefixes = _prefixes[slot];
        LocalBuilder? running = null;
        for (var k = 0; k < operands.Length; k++)
        {
            var first = k == 0;
            if (first && ins.Op == OpCode.Product && ins.Divides[0]) _il.Emit(OpCodes.Ldc_R8, 1.0);
            Push(operands[k]);
            if (!first || ins.Op == OpCode.Product && ins.Divides[0]) _il.Emit(ins.Op == OpCode.Sum ? OpCodes.Add : ins.Divides[k] ? OpCodes.Div : OpCodes.Mul);
            if (prefixes is not null)
            {
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, prefixes[k]);
            }
            else if (k > 0 && k % EmissionPlan.FoldBreak == 0 && k < operands.Length - 1)
            {
                running ??= _il.DeclareLocal(typeof(double));
                _il.Emit(OpCodes.Stloc, running);
                _il.Emit(OpCodes.Ldloc, running);
            }
        }
    }

    /// <summary>finite &amp;= double.IsFinite(top of stack), leaving the value on the stack.</summary>
    private void WriteCheck()
    {
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Call, KnownMethods.IsFinite);
        _il.Emit(OpCodes.Ldloc, _finite);
        _il.Emit(OpCodes.And);
        _il.Emit(OpCodes.Stloc, _finite);
    }
}
