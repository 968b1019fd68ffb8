using System.Reflection;
using System.Reflection.Emit;

namespace Differentiator.Calculus.Numeric;

/// <summary>A tape as a <see cref="DynamicMethod"/>: the formula's value, bit-identical to the evaluator's.</summary>
internal static class EvaluationEmitter
{
    private static readonly MethodInfo WrongLength = new Func<double[]?, int, double>(KernelClosure.WrongLength).Method;
    private static readonly FieldInfo FallbackField = typeof(KernelClosure).GetField(nameof(KernelClosure.Fallback))!;
    private static readonly MethodInfo InvokeFallback = typeof(Func<double[], double>).GetMethod(nameof(Func<double[], double>.Invoke))!;

    /// <summary>The emitted evaluation over a reference to the first element; null when a constant part of the formula is not finite.</summary>
    public static EvaluationKernel? Emit(Tape tape)
    {
        var plan = EmissionPlan.ForEvaluation(tape);
        if (plan is null) return null;
        var method = new DynamicMethod("formula", typeof(double), [typeof(KernelClosure), typeof(double).MakeByRefType()], typeof(KernelClosure).Module, skipVisibility: true);
        var il = method.GetILGenerator(64 + 16 * tape.Instructions.Length);
        var functions = new KernelFunctions();
        var finite = WriteBody(il, plan, functions, variable => PushElement(il, 1, variable));
        var done = il.DefineLabel();
        il.Emit(OpCodes.Ldloc, finite);
        il.Emit(OpCodes.Brtrue, done);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldc_R8, double.NaN);
        il.MarkLabel(done);
        il.Emit(OpCodes.Ret);
        return (EvaluationKernel)method.CreateDelegate(typeof(EvaluationKernel), functions.Closure());
    }

    /// <summary>
    /// The emitted evaluation as a whole <c>Func&lt;double[], double&gt;</c>: it checks the length,
    /// computes, and hands the array to <paramref name="fallback"/> where a value is not finite, all
    /// in one method (a delegate calling a delegate would cost a call more than a lambda).
    /// </summary>
    public static Func<double[], double>? EmitArrayFunction(Tape tape, int count, Func<double[], double> fallback)
    {
        var plan = EmissionPlan.ForEvaluation(tape);
        if (plan is null) return null;
        var method = new DynamicMethod("formula", typeof(double), [typeof(KernelClosure), typeof(double[])], typeof(KernelClosure).Module, skipVisibility: true);
        var il = method.GetILGenerator(128 + 16 * tape.Instructions.Length);
        var lengthOk = il.DefineLabel();
        var wrongLength = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Brfalse, wrongLength);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldlen);
        il.Emit(OpCodes.Conv_I4);
        il.Emit(OpCodes.Ldc_I4, count);
        il.Emit(OpCodes.Beq, lengthOk);
        il.MarkLabel(wrongLength);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldc_I4, count);
        il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Call, WrongLength);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(lengthOk);
        var first = il.DeclareLocal(typeof(double).MakeByRefType());
        if (count > 0)
        {
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ldelema, typeof(double));
            il.Emit(OpCodes.Stloc, first);
        }
        var functions = new KernelFunctions();
        var finite = WriteBody(il, plan, functions, variable => PushElement(il, first, variable));
        var result = il.DeclareLocal(typeof(double));
        var slow = il.DefineLabel();
        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Ldloc, finite);
        il.Emit(OpCodes.Brfalse, slow);
        if (!plan.ResultKnownFinite)
        {
            il.Emit(OpCodes.Ldloc, result);
            il.Emit(OpCodes.Call, KnownMethods.IsFinite);
            il.Emit(OpCodes.Brfalse, slow);
        }
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(slow);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, FallbackField);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Callvirt, InvokeFallback);
        il.Emit(OpCodes.Ret);
        return (Func<double[], double>)method.CreateDelegate(typeof(Func<double[], double>), functions.Closure(fallback));
    }

    /// <summary>Writes the formula, leaving its value on the stack; returns the local that is 1 when every checked value was finite.</summary>
    private static LocalBuilder WriteBody(ILGenerator il, EmissionPlan plan, KernelFunctions functions, Action<int> pushElement)
    {
        var finite = il.DeclareLocal(typeof(int));
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Stloc, finite);
        var writer = new SlotWriter(il, plan, pushElement, finite, functions);
        writer.WriteKept();
        writer.Push(plan.Tape.Result);
        return finite;
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
        Offset(il, index);
    }

    private static void PushElement(ILGenerator il, LocalBuilder first, int index)
    {
        il.Emit(OpCodes.Ldloc, first);
        Offset(il, index);
        il.Emit(OpCodes.Ldind_R8);
    }

    private static void Offset(ILGenerator il, int index)
    {
        if (index == 0) return;
        il.Emit(OpCodes.Ldc_I4, index * sizeof(double));
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Add);
    }
}
