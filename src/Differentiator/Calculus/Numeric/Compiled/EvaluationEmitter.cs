using System.Reflection.Emit;

namespace Differentiator.Calculus.Numeric;

/// <summary>A tape as a <see cref="DynamicMethod"/>: the formula's value, bit-identical to the evaluator's.</summary>
internal static class EvaluationEmitter
{
    /// <summary>The emitted evaluation; null when a constant part of the formula is not finite (the evaluator handles it).</summary>
    public static EvaluationKernel? Emit(Tape tape)
    {
        var plan = EmissionPlan.ForEvaluation(tape);
        if (plan is null) return null;
        var method = new DynamicMethod("formula", typeof(double), [typeof(KernelClosure), typeof(double).MakeByRefType()], typeof(KernelClosure).Module, skipVisibility: true);
        var il = method.GetILGenerator(64 + 16 * tape.Instructions.Length);
        var finite = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, finite);
        var functions = new KernelFunctions();
        var writer = new SlotWriter(il, plan, variable => PushElement(il, 1, variable), finite, functions);
        writer.WriteKept();
        writer.Push(tape.Result);
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, finite);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldc_R8, double.NaN);
        il.MarkLabel(done);
        il.Emit(OpCodes.Ret);
        return (EvaluationKernel)method.CreateDelegate(typeof(EvaluationKernel), functions.Closure());
    }

    /// <summary>Pushes element <paramref name="index"/> of the array whose first element argument <paramref name="argument"/> refers to.</summary>
    public static void PushElement(ILGenerator il, short argument, int index)
    {
        PushElementAddress(il, argument, index);
        il.Emit(OpCodes.Ldind_R8);
    }

    /// <summary>Pushes the address of that element.</summary>
    public static void PushElementAddress(ILGenerator il, short argument, int index)
    {
        il.Emit(OpCodes.Ldarg, argument);
        if (index == 0) return;
        il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Add);
    }
}
