namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A function that can evaluate itself at a point with one element replaced by two different values
/// faster than two full evaluations, with results bit-identical to setting the element, evaluating,
/// and restoring it.
/// </summary>
public interface IPerturbableFunction : IArrayFunction
{
    /// <summary>
    /// f at <paramref name="elements"/> with element <paramref name="flat"/> set to
    /// <paramref name="first"/>, and with it set to <paramref name="second"/>.
    /// </summary>
    (double First, double Second) EvaluatePerturbed(ReadOnlySpan<double> elements, int flat, double first, double second);
}

/// <summary>The perturb, evaluate, restore step, through the fast path when the function has one.</summary>
internal static class Perturbation
{
    public static (double First, double Second) Evaluate(IArrayFunction f, double[] elements, int flat, double first, double second)
    {
        if (f is IPerturbableFunction fast) return fast.EvaluatePerturbed(elements, flat, first, second);
        var saved = elements[flat];
        elements[flat] = first;
        var f1 = f.Evaluate(elements);
        elements[flat] = second;
        var f2 = f.Evaluate(elements);
        elements[flat] = saved;
        return (f1, f2);
    }
}
