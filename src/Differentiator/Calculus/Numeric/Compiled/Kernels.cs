using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Emitted evaluation as one method (<see cref="EvaluationEmitter.EmitSpanFunction"/>): it checks the
/// number of elements, computes, and where some value on the way was not finite hands the elements to
/// its closure's fallback (the tree evaluator, which reports such points), so a call of it is the
/// whole of <see cref="CompiledFormula.Evaluate(ReadOnlySpan{double})"/>.
/// </summary>
internal delegate double SpanFunction(ReadOnlySpan<double> elements);

/// <summary>
/// Emitted reverse mode: adds each element's partial derivative into <paramref name="gradient"/>
/// (cleared by the caller) and returns the formula's value, or NaN when a value of the forward run
/// was not finite (the gradient is then meaningless).
/// </summary>
internal delegate double GradientKernel(ref double input, ref double gradient);

/// <summary>
/// What emitted code reads besides its arguments: the function rows it calls through their
/// delegates, and for the entry points (<see cref="EvaluationEmitter"/>) the evaluation that takes
/// over where a value is not finite: <see cref="Fallback"/> for the array function,
/// <see cref="SpanFallback"/> for the span function.
/// </summary>
internal sealed class KernelClosure(MathFunction[] functions, Func<double[], double>? fallback = null, SpanFunction? spanFallback = null)
{
    public readonly MathFunction[] Functions = functions;

    public readonly Func<double[], double>? Fallback = fallback;

    public readonly SpanFunction? SpanFallback = spanFallback;

    /// <summary>Throws for an input of the wrong length (typed to return a value, so IL can return its result).</summary>
    public static double WrongLength(double[]? elements, int count)
    {
        ArgumentNullException.ThrowIfNull(elements);
        throw ElementCount.Wrong(elements.Length, count);
    }

    /// <summary>A reference to the first element (where there is one), for IL that reads a span's elements by offset.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double First(ReadOnlySpan<double> elements) => ref MemoryMarshal.GetReference(elements);

    /// <summary>Throws for a span of the wrong length (typed to return a value, so IL can return its result).</summary>
    public static double WrongSpanLength(int length, int count) => throw ElementCount.Wrong(length, count);
}

/// <summary>The function rows a kernel calls through their delegates, read from its <see cref="KernelClosure"/>.</summary>
internal sealed class KernelFunctions
{
    private static readonly FieldInfo FunctionsField = typeof(KernelClosure).GetField(nameof(KernelClosure.Functions))!;
    private readonly List<MathFunction> _rows = [];

    /// <summary>Pushes <paramref name="function"/>, read from the closure (argument 0).</summary>
    public void Push(ILGenerator il, MathFunction function)
    {
        var index = _rows.IndexOf(function);
        if (index < 0)
        {
            index = _rows.Count;
            _rows.Add(function);
        }
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, FunctionsField);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_Ref);
    }

    public KernelClosure Closure(Func<double[], double>? fallback = null, SpanFunction? spanFallback = null) => new([.. _rows], fallback, spanFallback);
}
