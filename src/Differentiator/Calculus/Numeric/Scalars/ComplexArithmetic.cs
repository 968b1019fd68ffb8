using System.Numerics;
using Differentiator.Expressions;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Complex numbers for the complex-step derivative. Functions use the table's complex column; a
/// function without one (a kink or a jump: abs, sign, step, relu, max, min) is continued to first
/// order, f(a + ib) = f(a) + i·b·f'(a), with f' from the row's own derivative rule — the usual
/// convention for complex-step differentiation of such functions.
/// </summary>
internal readonly struct ComplexArithmetic : IScalarArithmetic<Complex>
{
    public static Complex FromDouble(double value) => new(value, 0);
    public static Complex Add(Complex a, Complex b) => a + b;
    public static Complex Multiply(Complex a, Complex b) => a * b;
    public static Complex Divide(Complex a, Complex b) => a / b;
    public static Complex Negate(Complex a) => -a;

    /// <summary>Integer exponents by repeated multiplication (exact structure, any sign of base); others through exp(b·log a).</summary>
    public static Complex Pow(Complex @base, Complex exponent)
    {
        if (exponent.Imaginary == 0 && Math.Abs(exponent.Real) <= 64 && exponent.Real == Math.Round(exponent.Real))
        {
            var n = (int)exponent.Real;
            var result = IntegerPower(@base, Math.Abs(n));
            return n < 0 ? 1 / result : result;
        }
        if (exponent.Imaginary == 0 && @base.Real < 0)
            return new Complex(double.NaN, double.NaN); // a negative base with a fractional exponent is not real
        return Complex.Pow(@base, exponent);
    }

    public static Complex Call(MathFunction function, Complex[] arguments)
    {
        if (function.EvaluateComplex is { } complex) return complex(arguments);
        var real = arguments.Select(a => a.Real).ToArray();
        var imaginary = 0.0;
        for (var i = 0; i < arguments.Length; i++)
            if (arguments[i].Imaginary != 0)
                imaginary += FunctionDerivatives.Partial(function, real, i) * arguments[i].Imaginary;
        return new Complex(function.EvaluateCore(real), imaginary);
    }

    private static Complex IntegerPower(Complex z, int n)
    {
        var result = Complex.One;
        var square = z;
        while (n > 0)
        {
            if ((n & 1) == 1) result *= square;
            n >>= 1;
            if (n > 0) square *= square;
        }
        return result;
    }
}
