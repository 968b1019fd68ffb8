using System.Reflection;
using System.Reflection.Emit;

namespace Differentiator.Calculus.Numeric;

/// <summary>A tape as a <see cref="DynamicMethod"/>: the formula's value, bit-identical to the evaluator's.</summary>
internal static class EvaluationEmitter
{
    private static readonly MethodInfo WrongLength = new Func<double[]?, int, double>(KernelClosure.WrongLength).Method;
    private static readonly MethodInfo WrongSpanLength = new Func<int, int, double>(KernelClosure.WrongSpanLength).Method;
    private static readonly FieldInfo FallbackField = typeof(KernelClosure).GetField(nameof(KernelClosure.Fallback))!;
    private static readonly FieldInfo SpanFallbackField = typeof(KernelClosure).GetField(nameof(KernelClosure.SpanFallback))!;
    private static readonly MethodInfo InvokeFallback = typeof(Func<double[], double>).GetMethod(nameof(Func<double[], double>.Invoke))!;
    private static readonly MethodInfo InvokeSpanFallback = typeof(SpanFunction).GetMethod(nameof(SpanFunction.Invoke))!;
    private static readonly MethodInfo SpanLength = typeof(ReadOnlySpan<double>).GetProperty(nameof(ReadOnlySpan<double>.Length))!.GetMethod!;
    private static readonly MethodInfo SpanReference = typeof(KernelClosure).GetMethod(nameof(KernelClosure.First))!;

    /// <summary>
    /// The emitted evaluation as a whole <see cref="SpanFunction"/>, the body of
    /// <see cref="CompiledFormula.Evaluate(ReadOnlySpan{double})"/>: it checks the length, computes, and hands the elements
    /// to <paramref name="fallback"/> where a value is not finite, all in one method. Null when a
    /// constant part of the formula is not finite.
    /// </summary>
    public static SpanFunction? EmitSpanFunction(Tape tape, int count, SpanFunction fallback) =>
        (SpanFunction?)EmitEntry(tape, count, Entry.Span, arrayFallback: null, spanFallback: fallback);

    /// <summary>
    /// The emitted evaluation as a whole <c>Func&lt;double[], double&gt;</c>: it checks the length,
    /// computes, and hands the array to <paramref name="fallback"/> where a value is not finite, all
    /// in one method (a delegate calling a delegate would cost a call more than a lambda).
    /// </summary>
    public static Func<double[], double>? EmitArrayFunction(Tape tape, int count, Func<double[], double> fallback) =>
        (Func<double[], double>?)EmitEntry(tape, count, Entry.Array, arrayFallback: fallback, spanFallback: null);

    /// <summary>What differs between the array and the span entry points.</summary>
    private sealed record Entry(Type Input, Type Delegate, MethodInfo WrongLength, FieldInfo Fallback, MethodInfo InvokeFallback)
    {
        public static readonly Entry Array = new(typeof(double[]), typeof(Func<double[], double>), EvaluationEmitter.WrongLength, FallbackField, EvaluationEmitter.InvokeFallback);
        public static readonly Entry Span = new(typeof(ReadOnlySpan<double>), typeof(SpanFunction), WrongSpanLength, SpanFallbackField, InvokeSpanFallback);

        public bool IsArray => Input == typeof(double[]);
    }

    private static Delegate? EmitEntry(Tape tape, int count, Entry entry, Func<double[], double>? arrayFallback, SpanFunction? spanFallback)
    {
        var plan = EmissionPlan.ForEvaluation(tape);
        if (plan is null) return null;
        var method = new DynamicMethod("formula", typeof(double), [typeof(KernelClosure), entry.Input], typeof(KernelClosure).Module, skipVisibility: true);
        var il = method.GetILGenerator(128 + 16 * tape.Instructions.Length);
        WriteLengthCheck(il, count, entry);
        var first = WriteFirstElement(il, count, entry);
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
        il.Emit(OpCodes.Ldfld, entry.Fallback);
        il.Emit(OpCodes.Ldarg_1);
        if (entry.IsArray) il.Emit(OpCodes.Tailcall);
        il.Emit(OpCodes.Callvirt, entry.InvokeFallback);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate(entry.Delegate, functions.Closure(arrayFallback, spanFallback));
    }

    /// <summary>A by-reference local to the first element (left unset when there are none).</summary>
    private static LocalBuilder WriteFirstElement(ILGenerator il, int count, Entry entry)
    {
        var first = il.DeclareLocal(typeof(double).MakeByRefType());
        if (count == 0) return first;
        il.Emit(OpCodes.Ldarg_1);
        if (entry.IsArray)
        {
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Ldelema, typeof(double));
        }
        else il.Emit(OpCodes.Call, SpanReference);
        il.Emit(OpCodes.Stloc, first);
        return first;
    }

    /// <summary>Returns the wrong-length error's thrower unless the input has <paramref name="count"/> elements (an array also not null).</summary>
    private static void WriteLengthCheck(ILGenerator il, int count, Entry entry)
    {
        var lengthOk = il.DefineLabel();
        if (entry.IsArray)
        {
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
        }
        else
        {
            il.Emit(OpCodes.Ldarga_S, (byte)1);
            il.Emit(OpCodes.Call, SpanLength);
            il.Emit(OpCodes.Ldc_I4, count);
            il.Emit(OpCodes.Beq, lengthOk);
            il.Emit(OpCodes.Ldarga_S, (byte)1);
            il.Emit(OpCodes.Call, SpanLength);
        }
        il.Emit(OpCodes.Ldc_I4, count);
        il.Emit(OpCodes.Call, entry.WrongLength);
        il.Emit(OpCodes.Ret);
        il.MarkLabel(lengthOk);
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
