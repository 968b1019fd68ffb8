using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// The arithmetic one generic evaluator needs from a number type (double, Complex, Dual): a
/// strategy struct with static members, so the evaluator is specialised per type and no rule is
/// written twice.
/// </summary>
/// <typeparam name="T">The number type.</typeparam>
internal interface IScalarArithmetic<T>
{
    static abstract T FromDouble(double value);
    static abstract T Add(T a, T b);
    static abstract T Multiply(T a, T b);
    static abstract T Divide(T a, T b);
    static abstract T Negate(T a);
    static abstract T Pow(T @base, T exponent);
    static abstract T Call(MathFunction function, T[] arguments);
}
