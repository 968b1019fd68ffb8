using System.Globalization;
using Differentiator.Calculus.Numeric;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>What an evaluation gives, as text to compare bit for bit: the value's bits, or the error's kind and message.</summary>
internal static class Outcomes
{
    /// <summary>The value's bits (a double or an array of them), or the error's kind and message.</summary>
    internal static string Outcome(Func<object> run)
    {
        try
        {
            var value = run();
            return value switch
            {
                double d => Bits(d),
                double[] a => Bits(a),
                _ => value.ToString()!,
            };
        }
        catch (EvaluationException e)
        {
            return $"error {e.Kind}: {e.Message}";
        }
    }

    internal static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture);

    internal static string Bits(double[] values) => string.Join(",", values.Select(Bits));

    /// <summary>The bits of <paramref name="f"/> with <paramref name="element"/> set to <paramref name="a"/>, then to <paramref name="b"/>: perturb, evaluate, restore.</summary>
    internal static string PerturbedPair(IArrayFunction f, double[] values, int element, double a, double b)
    {
        var copy = (double[])values.Clone();
        copy[element] = a;
        var fa = f.Evaluate(copy);
        copy[element] = b;
        return $"{Bits(fa)},{Bits(f.Evaluate(copy))}";
    }
}
