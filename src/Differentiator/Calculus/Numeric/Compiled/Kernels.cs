using System.Reflection;
using System.Reflection.Emit;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Emitted evaluation: the value of the formula at the elements starting at <paramref name="input"/>,
/// or NaN when some value on the way was not finite (the caller then asks the tree evaluator, which
/// reports such points). Pure: safe to call from any number of threads.
/// </summary>
internal delegate double EvaluationKernel(ref double input);

/// <summary>
/// Emitted reverse mode: adds each element's partial derivative into <paramref name="gradient"/>
/// (cleared by the caller) and returns the formula's value, or NaN when a value of the forward run
/// was not finite (the gradient is then meaningless).
/// </summary>
internal delegate double GradientKernel(ref double input, ref double gradient);

/// <summary>
/// What emitted code reads besides its arguments: the function rows it calls through their
/// delegates, and for the array entry point (<see cref="EvaluationEmitter.EmitArrayFunction"/>) the
/// evaluation that takes over where a value is not finite.
/// </summary>
internal sealed class KernelClosure(MathFunction[] functions, Func<double[], double>? fallback = null)
{
    public readonly MathFunction[] Functions = functions;

    public readonly Func<double[], double>? Fallback = fallback;

    /// <summary>Throws for an input of the wrong length (typed to return a value, so IL can return its result).</summary>
    public static double WrongLength(double[]? elements, int count)
    {
        ArgumentNullException.ThrowIfNull(elements);
        throw ElementCount.Wrong(elements.Length, count);
    }
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

    public KernelClosure Closure(Func<double[], double>? fallback = null) => new([.. _rows], fallback);
}
