using System.Globalization;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A dual number a + bε with ε² = 0: evaluating f at x + 1ε gives f(x) + f'(x)ε, the derivative
/// exact to rounding (forward-mode automatic differentiation).
/// </summary>
/// <param name="Value">The real part a.</param>
/// <param name="Derivative">The ε part b.</param>
public readonly record struct Dual(double Value, double Derivative)
{
    /// <summary>A constant (derivative zero).</summary>
    public static Dual Constant(double value) => new(value, 0);

    /// <summary>The variable being differentiated (derivative one).</summary>
    public static Dual Variable(double value) => new(value, 1);

    /// <summary>The sum.</summary>
    public static Dual operator +(Dual a, Dual b) => new(a.Value + b.Value, a.Derivative + b.Derivative);

    /// <summary>The negation.</summary>
    public static Dual operator -(Dual a) => new(-a.Value, -a.Derivative);

    /// <summary>The product: (ab)' = a'b + ab'.</summary>
    public static Dual operator *(Dual a, Dual b) => new(a.Value * b.Value, a.Derivative * b.Value + a.Value * b.Derivative);

    /// <summary>The quotient: (a/b)' = (a'b − ab')/b².</summary>
    public static Dual operator /(Dual a, Dual b) =>
        new(a.Value / b.Value, (a.Derivative * b.Value - a.Value * b.Derivative) / (b.Value * b.Value));

    /// <summary>a^b; a constant exponent needs no logarithm, so negative bases work for integer exponents.</summary>
    public static Dual Pow(Dual a, Dual b)
    {
        var value = Math.Pow(a.Value, b.Value);
        if (b.Derivative == 0)
        {
            if (a.Derivative == 0) return new(value, 0);
            return new(value, b.Value == 0 ? 0 : b.Value * Math.Pow(a.Value, b.Value - 1) * a.Derivative);
        }
        var fromBase = a.Derivative == 0 ? 0 : b.Value * Math.Pow(a.Value, b.Value - 1) * a.Derivative;
        return new(value, fromBase + value * Math.Log(a.Value) * b.Derivative);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Value:R} + {Derivative:R}ε");
}
