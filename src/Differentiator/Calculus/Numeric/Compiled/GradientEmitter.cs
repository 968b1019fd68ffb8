using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Reverse mode as a <see cref="DynamicMethod"/>: the forward run into locals (every product's
/// running results kept), then the adjoints backwards, slot by slot, with the tape runner's
/// operations in the tape runner's order, so the gradient is bit-identical to
/// <see cref="TapeRunner.Gradient"/>. A function's partial derivative is its row's rule written
/// inline; where the rule meets a value that is not finite, the code asks
/// <see cref="FunctionDerivatives.Partial"/>, as the tape runner does for every call.
/// </summary>
internal sealed class GradientEmitter
{
    private static readonly MethodInfo SlowPartial = new Func<MathFunction, double[], int, double>(FunctionDerivatives.Partial).Method;
    private static readonly ConcurrentDictionary<(MathFunction, int, int), EmissionPlan?> RulePlans = new();

    private readonly ILGenerator _il;
    private readonly EmissionPlan _plan;
    private readonly SlotWriter _forward;
    private readonly KernelFunctions _functions;
    private readonly LocalBuilder?[] _adjoints;
    private LocalBuilder? _running;
    private LocalBuilder? _partial;
    private LocalBuilder? _ruleFinite;

    private GradientEmitter(ILGenerator il, EmissionPlan plan, SlotWriter forward, KernelFunctions functions)
    {
        _il = il;
        _plan = plan;
        _forward = forward;
        _functions = functions;
        _adjoints = new LocalBuilder?[plan.Tape.Instructions.Length];
    }

    /// <summary>The emitted reverse mode; null when a constant part of the formula is not finite.</summary>
    public static GradientKernel? Emit(Tape tape)
    {
        var plan = EmissionPlan.ForGradient(tape);
        if (plan is null) return null;
        var method = new DynamicMethod("gradient", typeof(double),
            [typeof(KernelClosure), typeof(double).MakeByRefType(), typeof(double).MakeByRefType()], typeof(KernelClosure).Module, skipVisibility: true);
        var il = method.GetILGenerator(64 + 48 * tape.Instructions.Length);
        var finite = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, finite);
        var functions = new KernelFunctions();
        var forward = new SlotWriter(il, plan, variable => EvaluationEmitter.PushElement(il, 1, variable), finite, functions, keepPrefixes: true);
        forward.WriteKept();
        var backward = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, finite);
        il.Emit(OpCodes.Brtrue, backward);
        il.Emit(OpCodes.Ldc_R8, double.NaN);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(backward);
        new GradientEmitter(il, plan, forward, functions).WriteBackward();
        forward.Push(tape.Result);
        il.Emit(OpCodes.Ret);
        return (GradientKernel)method.CreateDelegate(typeof(GradientKernel), functions.Closure());
    }

    private Instruction[] Instructions => _plan.Tape.Instructions;

    private void WriteBackward()
    {
        var result = _plan.Tape.Result;
        if (Instructions[result].IsConstant) return;
        _il.Emit(OpCodes.Ldc_R8, 1.0);
        _il.Emit(OpCodes.Stloc, Adjoint(result));
        for (var slot = result; slot >= 0; slot--)
        {
            var ins = Instructions[slot];
            if (ins.IsConstant) continue;
            var skip = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, Adjoint(slot));
            _il.Emit(OpCodes.Ldc_R8, 0.0);
            _il.Emit(OpCodes.Beq, skip);
            switch (ins.Op)
            {
                case OpCode.Load: WriteLoad(slot, ins.Variable); break;
                case OpCode.Sum:
                    foreach (var o in ins.Operands) AddToAdjoint(o, () => _il.Emit(OpCodes.Ldloc, Adjoint(slot)));
                    break;
                case OpCode.Product: WriteProduct(slot, ins); break;
                case OpCode.Power: WritePower(slot, ins, divisor: false); break;
                case OpCode.Divisor: WritePower(slot, ins, divisor: true); break;
                default: WriteCall(slot, ins); break;
            }
            _il.MarkLabel(skip);
        }
    }

    /// <summary>gradient[variable] += adjoint.</summary>
    private void WriteLoad(int slot, int variable)
    {
        EvaluationEmitter.PushElementAddress(_il, 2, variable);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Ldind_R8);
        _il.Emit(OpCodes.Ldloc, Adjoint(slot));
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stind_R8);
    }

    /// <summary>Back through acc_k = acc_{k−1}·v_k (or /v_k), last factor first, as <c>TapeRunner.BackProduct</c>.</summary>
    private void WriteProduct(int slot, Instruction ins)
    {
        var running = _running ??= _il.DeclareLocal(typeof(double));
        _il.Emit(OpCodes.Ldloc, Adjoint(slot));
        _il.Emit(OpCodes.Stloc, running);
        var operands = ins.Operands;
        for (var k = operands.Length - 1; k >= 0; k--)
        {
            var o = operands[k];
            var index = k;
            void PushBefore()
            {
                if (index == 0) _il.Emit(OpCodes.Ldc_R8, 1.0);
                else _il.Emit(OpCodes.Ldloc, _forward.Prefix(slot, index - 1));
            }
            if (ins.Divides[k])
            {
                // adjoint[o] -= running * before / (v * v)
                SubtractFromAdjoint(o, () =>
                {
                    _il.Emit(OpCodes.Ldloc, running);
                    PushBefore();
                    _il.Emit(OpCodes.Mul);
                    _forward.Push(o);
                    _forward.Push(o);
                    _il.Emit(OpCodes.Mul);
                    _il.Emit(OpCodes.Div);
                });
            }
            else
            {
                AddToAdjoint(o, () =>
                {
                    _il.Emit(OpCodes.Ldloc, running);
                    PushBefore();
                    _il.Emit(OpCodes.Mul);
                });
            }
            if (k == 0) break;
            _il.Emit(OpCodes.Ldloc, running);
            _forward.Push(o);
            _il.Emit(ins.Divides[k] ? OpCodes.Div : OpCodes.Mul);
            _il.Emit(OpCodes.Stloc, running);
        }
    }

    /// <summary>
    /// As <c>TapeRunner.BackPower</c>: base += adj·e·b^(e−1), exponent += adj·sign·value·ln b, where a
    /// divisor b^(−e) has sign −1 and its exponent negated.
    /// </summary>
    private void WritePower(int slot, Instruction ins, bool divisor)
    {
        var (baseSlot, exponentSlot) = (ins.Operands[0], ins.Operands[1]);
        if (!Instructions[baseSlot].IsConstant)
        {
            AddToAdjoint(baseSlot, () =>
            {
                _il.Emit(OpCodes.Ldloc, Adjoint(slot));
                if (Instructions[exponentSlot].IsConstant)
                {
                    var e = _plan.Constants[exponentSlot];
                    WriteBaseDerivative(baseSlot, divisor ? -e : e);
                }
                else
                {
                    _forward.Push(baseSlot);
                    _forward.Push(exponentSlot);
                    if (divisor) _il.Emit(OpCodes.Neg);
                    _il.Emit(OpCodes.Call, KnownMethods.PowerBaseDerivative);
                }
                _il.Emit(OpCodes.Mul);
            });
        }
        if (!Instructions[exponentSlot].IsConstant)
        {
            AddToAdjoint(exponentSlot, () =>
            {
                _il.Emit(OpCodes.Ldloc, Adjoint(slot));
                _il.Emit(OpCodes.Ldc_R8, divisor ? -1.0 : 1.0);
                _il.Emit(OpCodes.Mul);
                _forward.Push(slot);
                _il.Emit(OpCodes.Mul);
                _forward.Push(baseSlot);
                _il.Emit(OpCodes.Call, KnownMethods.Log);
                _il.Emit(OpCodes.Mul);
            });
        }
    }

    /// <summary><see cref="TapeRunner.PowerBaseDerivative"/> with its exponent known: the branch taken is chosen here.</summary>
    private void WriteBaseDerivative(int baseSlot, double e)
    {
        if (e == 2)
        {
            _il.Emit(OpCodes.Ldc_R8, 2.0);
            _forward.Push(baseSlot);
            _il.Emit(OpCodes.Mul);
        }
        else if (e == 1) _il.Emit(OpCodes.Ldc_R8, 1.0);
        else
        {
            _il.Emit(OpCodes.Ldc_R8, e);
            _forward.Push(baseSlot);
            if (e == Math.Round(e) && Math.Abs(e) <= 17)
            {
                _il.Emit(OpCodes.Ldc_I4, (int)e - 1);
                _il.Emit(OpCodes.Call, KnownMethods.IntegerPower);
            }
            else
            {
                _il.Emit(OpCodes.Ldc_R8, e - 1);
                _il.Emit(OpCodes.Call, KnownMethods.Pow);
            }
            _il.Emit(OpCodes.Mul);
        }
    }

    /// <summary>Each argument's adjoint += adj · ∂f/∂argument, skipped where the partial is 0, as <c>TapeRunner.BackCall</c>.</summary>
    private void WriteCall(int slot, Instruction ins)
    {
        var partial = _partial ??= _il.DeclareLocal(typeof(double));
        for (var k = 0; k < ins.Operands.Length; k++)
        {
            var o = ins.Operands[k];
            if (Instructions[o].IsConstant) continue;
            WritePartial(ins, k);
            _il.Emit(OpCodes.Stloc, partial);
            var zero = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, partial);
            _il.Emit(OpCodes.Ldc_R8, 0.0);
            _il.Emit(OpCodes.Beq, zero);
            AddToAdjoint(o, () =>
            {
                _il.Emit(OpCodes.Ldloc, Adjoint(slot));
                _il.Emit(OpCodes.Ldloc, partial);
                _il.Emit(OpCodes.Mul);
            });
            _il.MarkLabel(zero);
        }
    }

    /// <summary>Pushes ∂f/∂(argument k): the rule inline, or <see cref="FunctionDerivatives.Partial"/> where the rule meets a non-finite value.</summary>
    private void WritePartial(Instruction ins, int k)
    {
        var function = ins.Function!;
        var arity = ins.Operands.Length;
        var rule = RulePlans.GetOrAdd((function, arity, k), static key =>
        {
            var (expression, names) = FunctionDerivatives.Rule(key.Item1, key.Item2, key.Item3);
            return EmissionPlan.ForEvaluation(Tape.Compile(expression, names));
        });
        var slow = _il.DefineLabel();
        var done = _il.DefineLabel();
        if (rule is not null)
        {
            var finite = _ruleFinite ??= _il.DeclareLocal(typeof(int));
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Stloc, finite);
            var writer = new SlotWriter(_il, rule, argument => _forward.Push(ins.Operands[argument]), finite, _functions);
            writer.WriteKept();
            writer.Push(rule.Tape.Result);
            _il.Emit(OpCodes.Stloc, _partial!);
            _il.Emit(OpCodes.Ldloc, finite);
            _il.Emit(OpCodes.Brfalse, slow);
            _il.Emit(OpCodes.Ldloc, _partial!);
            _il.Emit(OpCodes.Call, KnownMethods.IsFinite);
            _il.Emit(OpCodes.Brtrue, done);
        }
        _il.MarkLabel(slow);
        _functions.Push(_il, function);
        _il.Emit(OpCodes.Ldc_I4, arity);
        _il.Emit(OpCodes.Newarr, typeof(double));
        for (var i = 0; i < arity; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            _forward.Push(ins.Operands[i]);
            _il.Emit(OpCodes.Stelem_R8);
        }
        _il.Emit(OpCodes.Ldc_I4, k);
        _il.Emit(OpCodes.Call, SlowPartial);
        _il.Emit(OpCodes.Stloc, _partial!);
        _il.MarkLabel(done);
        _il.Emit(OpCodes.Ldloc, _partial!);
    }

    private void AddToAdjoint(int slot, Action pushContribution) => UpdateAdjoint(slot, pushContribution, OpCodes.Add);

    private void SubtractFromAdjoint(int slot, Action pushContribution) => UpdateAdjoint(slot, pushContribution, OpCodes.Sub);

    private void UpdateAdjoint(int slot, Action pushContribution, System.Reflection.Emit.OpCode op)
    {
        if (Instructions[slot].IsConstant) return;
        var adjoint = Adjoint(slot);
        _il.Emit(OpCodes.Ldloc, adjoint);
        pushContribution();
        _il.Emit(op);
        _il.Emit(OpCodes.Stloc, adjoint);
    }

    private LocalBuilder Adjoint(int slot) => _adjoints[slot] ??= _il.DeclareLocal(typeof(double));
}
