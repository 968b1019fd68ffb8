#if BASELINE
extern alias baseline;
using Old = baseline::Differentiator;
using OldSymbolic = baseline::Differentiator.Calculus.Symbolic;

namespace Differentiator.Benchmarks;

internal static partial class ReferenceFormulas
{
    /// <summary><see cref="Pipeline"/> on the baseline library: parse, every partial derivative simplified, printed; the characters printed.</summary>
    public static int BaselinePipeline(string[] formulas)
    {
        var chars = 0;
        foreach (var text in formulas)
        {
            var f = Old.Formula.Parse(text);
            foreach (var d in OldSymbolic.Derivative.Gradient(f.Expression, f.Variables)) chars += d.ToString().Length;
        }
        return chars;
    }
}
#endif
