using Differentiator.Expressions;

namespace Differentiator.Fuzz.Pipeline;

/// <summary>
/// Products whose running value, multiplied left to right as the evaluator does, underflows although
/// no factor is 0 and the product itself is a normal double: ∂/∂c of a product of 4,586 letters
/// (input 1534979 of seed 2030) is 177a^177 b^177 c^176 … at c = 0.077, n = 0.0821, …; the small
/// powers come first, the running value falls below the smallest double and the derivative evaluates
/// to −0 where the dual numbers give −513.12. Such a derivative is not judged by its value in
/// doubles but by its value with the running product kept as a mantissa and a power of two
/// (<see cref="ValueWithoutUnderflow"/>), which is still compared with the numeric methods: a wrong
/// derivative stays wrong.
/// </summary>
public static class RunningProducts
{
    /// <summary>
    /// Whether <paramref name="f"/> is such a product, or a sum with such a product as a term (the
    /// shapes a simplified derivative has at its top).
    /// </summary>
    public static bool Underflow(Expr f, IReadOnlyDictionary<string, double> point) =>
        f switch
        {
            Product p => Underflows(p, point),
            Sum s => s.Terms.Any(t => t is Product p && Underflows(p, point)),
            _ => false,
        };

    /// <summary>
    /// The value of <paramref name="f"/> with each product at the top (or as a term of a sum at the
    /// top) multiplied as a mantissa and a power of two, so that no running value underflows or
    /// overflows; every other part evaluated in doubles. NaN where a part is undefined.
    /// </summary>
    public static double ValueWithoutUnderflow(Expr f, IReadOnlyDictionary<string, double> point)
    {
        switch (f)
        {
            case Product p:
                return Scaled(p, point);
            case Sum s:
                var sum = 0.0;
                foreach (var t in s.Terms) sum += t is Product p ? Scaled(p, point) : Parts.Value(t, point);
                return sum;
            default:
                return Parts.Value(f, point);
        }
    }

    private static bool Underflows(Product p, IReadOnlyDictionary<string, double> point)
    {
        var running = 1.0;
        var underflowed = false;
        foreach (var factor in p.Factors)
        {
            var value = Parts.Value(factor, point);
            if (value == 0 || !double.IsFinite(value)) return false; // a true 0, or a factor doubles cannot hold: not this rule
            running *= value;
            underflowed |= running == 0 || double.IsSubnormal(running);
        }
        return underflowed;
    }

    private static double Scaled(Product p, IReadOnlyDictionary<string, double> point)
    {
        var (mantissa, exponent) = (1.0, 0L);
        foreach (var factor in p.Factors)
        {
            var value = Parts.Value(factor, point);
            if (value == 0 || !double.IsFinite(value)) return value * mantissa;
            var k = Math.ILogB(value);
            mantissa *= Math.ScaleB(value, -k);
            var m = Math.ILogB(mantissa);
            mantissa = Math.ScaleB(mantissa, -m);
            exponent += k + m;
        }
        return Math.ScaleB(mantissa, (int)Math.Clamp(exponent, -4000, 4000));
    }
}
