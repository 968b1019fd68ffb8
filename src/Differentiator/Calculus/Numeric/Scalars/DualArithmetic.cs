using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>Dual numbers for forward-mode differentiation; a function's derivative comes from its row's own derivative rule.</summary>
internal readonly struct DualArithmetic : IScalarArithmetic<Dual>
{
    public static Dual FromDouble(double value) => Dual.Constant(value);
    public static Dual Add(Dual a, Dual b) => a + b;
    public static Dual Multiply(Dual a, Dual b) => a * b;
    public static Dual Divide(Dual a, Dual b) => a / b;
    public static Dual Negate(Dual a) => -a;
    public static Dual Pow(Dual @base, Dual exponent) => Dual.Pow(@base, exponent);

    public static Dual Call(MathFunction function, Dual[] arguments)
    {
        var values = arguments.Select(a => a.Value).ToArray();
        var derivative = 0.0;
        for (var i = 0; i < arguments.Length; i++)
            if (arguments[i].Derivative != 0)
                derivative += FunctionDerivatives.Partial(function, values, i) * arguments[i].Derivative;
        return new Dual(function.EvaluateCore(values), derivative);
    }
}
