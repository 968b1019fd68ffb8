using System.Reflection;
using System.Reflection.Emit;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The function table as IL: each row of <see cref="MathFunctions"/> becomes the very
/// <see cref="Math"/> call (or the same few operations) its <c>EvaluateCore</c> performs, so emitted
/// code computes the same doubles; a row this table does not know is called through its
/// <c>EvaluateCore</c> delegate (correct, only slower). Tests hold every row bit-identical to its
/// <c>EvaluateCore</c>.
/// </summary>
internal static class EmittedFunctions
{
    private enum Shape
    {
        /// <summary>The arguments pushed in order, then the call.</summary>
        Direct,
        /// <summary><c>1 / call(x)</c>, as sec, csc and cot are defined.</summary>
        Reciprocal,
        /// <summary><c>call(0, x)</c>: relu is <c>Math.Max(0, x)</c>.</summary>
        ZeroFirst,
        /// <summary><c>ln x</c>, or <c>ln x / ln b</c> with a base.</summary>
        Logarithm,
    }

    private sealed record Code(MethodInfo Method, Shape Shape, bool PreservesNonFinite, bool FiniteAtFinite = false);

    private static readonly Dictionary<MathFunction, Code> Table = Build();

    private static readonly MethodInfo LogToBase = Method(new Func<double, double, double>(MathFunctions.LogToBase));

    /// <summary>
    /// Whether every non-finite argument gives a non-finite value (sin ∞ = NaN, √∞ = ∞): then a
    /// non-finite argument surfaces in the result anyway and need not be checked where it enters.
    /// Functions that can turn a non-finite argument into a finite value (atan ∞ = π/2, e^(−∞) = 0,
    /// a logarithm to an infinite base) return false, as does any row this table does not know.
    /// </summary>
    public static bool PreservesNonFinite(MathFunction function, int arity) =>
        Table.TryGetValue(function, out var code) && code.PreservesNonFinite && !(code.Shape == Shape.Logarithm && arity == 2);

    /// <summary>Whether finite arguments always give a finite value (sin, atan, max: no pole, no overflow, no domain).</summary>
    public static bool FiniteAtFinite(MathFunction function) => Table.TryGetValue(function, out var code) && code.FiniteAtFinite;

    /// <summary>Whether the row has its own IL here (otherwise it is called through its delegate).</summary>
    public static bool Knows(MathFunction function) => Table.ContainsKey(function);

    /// <summary>
    /// Emits the call with its arguments, leaving its value on the stack. <paramref name="pushArgument"/>
    /// pushes argument k; <paramref name="pushFunction"/> pushes the row itself (only for rows
    /// without their own IL).
    /// </summary>
    public static void Emit(ILGenerator il, MathFunction function, int arity, Action<int> pushArgument, Action pushFunction)
    {
        if (!Table.TryGetValue(function, out var code))
        {
            EmitThroughDelegate(il, arity, pushArgument, pushFunction);
            return;
        }
        switch (code.Shape)
        {
            case Shape.Reciprocal:
                il.Emit(OpCodes.Ldc_R8, 1.0);
                pushArgument(0);
                il.Emit(OpCodes.Call, code.Method);
                il.Emit(OpCodes.Div);
                break;
            case Shape.ZeroFirst:
                il.Emit(OpCodes.Ldc_R8, 0.0);
                pushArgument(0);
                il.Emit(OpCodes.Call, code.Method);
                break;
            case Shape.Logarithm when arity == 2:
                pushArgument(0);
                pushArgument(1);
                il.Emit(OpCodes.Call, LogToBase);
                break;
            case Shape.Logarithm:
                pushArgument(0);
                il.Emit(OpCodes.Call, code.Method);
                break;
            default:
                for (var k = 0; k < arity; k++) pushArgument(k);
                il.Emit(OpCodes.Call, code.Method);
                break;
        }
    }

    /// <summary><c>function.EvaluateCore(new[] { args… })</c>: an array per call, for rows added after this table.</summary>
    private static void EmitThroughDelegate(ILGenerator il, int arity, Action<int> pushArgument, Action pushFunction)
    {
        pushFunction();
        il.Emit(OpCodes.Ldc_I4, arity);
        il.Emit(OpCodes.Newarr, typeof(double));
        for (var k = 0; k < arity; k++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, k);
            pushArgument(k);
            il.Emit(OpCodes.Stelem_R8);
        }
        il.Emit(OpCodes.Call, CallThroughRow);
    }

    private static readonly MethodInfo CallThroughRow = Method(new Func<MathFunction, double[], double>(EvaluateRow));

    private static double EvaluateRow(MathFunction function, double[] arguments) => function.EvaluateCore(arguments);

    private static Dictionary<MathFunction, Code> Build()
    {
        Func<double, double>[] unary = [Math.Sin, Math.Cos, Math.Tan, Math.Asin, Math.Acos, Math.Atan, Math.Sinh, Math.Cosh, Math.Tanh, Math.Exp,
            Math.Log, Math.Log2, Math.Log10, Math.Sqrt, Math.Cbrt, Math.Abs,
            MathFunctions.EvaluateSign, MathFunctions.EvaluateStep, MathFunctions.EvaluateSigmoid, MathFunctions.EvaluateSoftplus];
        var m = unary.Select(f => f.Method).ToArray();
        var max = Method(new Func<double, double, double>(Math.Max));
        var min = Method(new Func<double, double, double>(Math.Min));
        return new()
        {
            [MathFunctions.Sin] = new(m[0], Shape.Direct, true, FiniteAtFinite: true),
            [MathFunctions.Cos] = new(m[1], Shape.Direct, true, FiniteAtFinite: true),
            [MathFunctions.Tan] = new(m[2], Shape.Direct, true),
            [MathFunctions.Sec] = new(m[1], Shape.Reciprocal, true),
            [MathFunctions.Csc] = new(m[0], Shape.Reciprocal, true),
            [MathFunctions.Cot] = new(m[2], Shape.Reciprocal, true),
            [MathFunctions.Asin] = new(m[3], Shape.Direct, true),
            [MathFunctions.Acos] = new(m[4], Shape.Direct, true),
            [MathFunctions.Atan] = new(m[5], Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Sinh] = new(m[6], Shape.Direct, true),
            [MathFunctions.Cosh] = new(m[7], Shape.Direct, true),
            [MathFunctions.Tanh] = new(m[8], Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Exp] = new(m[9], Shape.Direct, false),
            [MathFunctions.Ln] = new(m[10], Shape.Logarithm, true),
            [MathFunctions.Log2] = new(m[11], Shape.Direct, true),
            [MathFunctions.Log10] = new(m[12], Shape.Direct, true),
            [MathFunctions.Sqrt] = new(m[13], Shape.Direct, true),
            [MathFunctions.Cbrt] = new(m[14], Shape.Direct, true, FiniteAtFinite: true),
            [MathFunctions.Abs] = new(m[15], Shape.Direct, true, FiniteAtFinite: true),
            [MathFunctions.Sign] = new(m[16], Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Step] = new(m[17], Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Sigmoid] = new(m[18], Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Relu] = new(max, Shape.ZeroFirst, false, FiniteAtFinite: true),
            [MathFunctions.Softplus] = new(m[19], Shape.Direct, false),
            [MathFunctions.Max] = new(max, Shape.Direct, false, FiniteAtFinite: true),
            [MathFunctions.Min] = new(min, Shape.Direct, false, FiniteAtFinite: true),
        };
    }

    private static MethodInfo Method(Delegate d) => d.Method;
}
