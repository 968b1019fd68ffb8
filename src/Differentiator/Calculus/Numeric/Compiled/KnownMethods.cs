using System.Reflection;

namespace Differentiator.Calculus.Numeric;

/// <summary>The methods emitted code calls, found once.</summary>
internal static class KnownMethods
{
    public static readonly MethodInfo Pow = new Func<double, double, double>(Math.Pow).Method;
    public static readonly MethodInfo Log = new Func<double, double>(Math.Log).Method;
    public static readonly MethodInfo IsFinite = new Func<double, bool>(double.IsFinite).Method;
    public static readonly MethodInfo IntegerPower = new Func<double, int, double>(TapeRunner.IntegerPower).Method;
    public static readonly MethodInfo PowerBaseDerivative = new Func<double, double, double>(TapeRunner.PowerBaseDerivative).Method;
}
