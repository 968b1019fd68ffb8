using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>Plain doubles: the same operations as <see cref="Differentiator.Expressions.Evaluation.Evaluator"/>, without its domain checks.</summary>
internal readonly struct DoubleArithmetic : IScalarArithmetic<double>
{
    public static double FromDouble(double value) => value;
    public static double Add(double a, double b) => a + b;
    public static double Multiply(double a, double b) => a * b;
    public static double Divide(double a, double b) => a / b;
    public static double Negate(double a) => -a;
    public static double Pow(double @base, double exponent) => Math.Pow(@base, exponent);
    public static double Call(MathFunction function, double[] arguments) => function.EvaluateCore(arguments);
}
