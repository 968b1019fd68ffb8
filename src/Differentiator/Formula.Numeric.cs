using Differentiator.Calculus.Numeric;
using Differentiator.Calculus.Symbolic;

namespace Differentiator;

public sealed partial class Formula
{
    /// <summary>
    /// Compiles the formula once for fast repeated evaluation; the delegate takes the values of
    /// <see cref="Variables"/> in order and gives results bit-identical to <see cref="Evaluate(IReadOnlyDictionary{string, double})"/>.
    /// The delegate is not thread-safe: compile one per thread.
    /// </summary>
    public Func<double[], double> Compile() => Compile(Variables);

    /// <summary>Compiles with the inputs in the order of <paramref name="variables"/> (which must cover the formula's variables).</summary>
    /// <exception cref="InvalidInputException">A variable of the formula is not among <paramref name="variables"/>.</exception>
    public Func<double[], double> Compile(IReadOnlyList<string> variables)
    {
        var compiled = CompileFormula(NameArray.Vector([.. variables]));
        return values => compiled.Evaluate(values);
    }

    /// <summary>
    /// The lecture's numeric gradient, bit for bit as NumPy computes it, at an input written as
    /// NumPy would read it: <c>"[1.0, 2.0]"</c> is float64, <c>"[3]"</c> is int64 (Problem 5's
    /// pitfall, with warnings that say what happened). Element i is the i-th variable unless
    /// <paramref name="layout"/> names them in the input's shape (<c>"[[w, x], [y, z]]"</c>).
    /// </summary>
    /// <exception cref="InvalidInputException">The input or layout cannot be read, their shapes differ, a value is not finite, or the formula has a variable the layout does not name.</exception>
    public NumericGradientResult NumericGradient(string input, NumericGradientOptions? options = null, string? layout = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var x = ReadArray(input, "input", NdArray.Parse);
        for (var i = 0; i < x.Count; i++)
            if (x.DType == DType.Float64) FiniteValues.Require($"element {i} of the input", x.GetDouble(i), input);
        var names = layout is null ? DefaultLayout(x) : ReadArray(layout, "layout", NameArray.Parse);
        if (!names.Shape.SequenceEqual(x.Shape))
            throw new InvalidInputException($"The layout {layout} does not have the shape of the input {input}.", ErrorCodes.InvalidPoint);
        options ??= new NumericGradientOptions();
        if (!double.IsFinite(options.Delta) || options.Delta <= 0)
            throw new InvalidInputException($"The step h must be a positive number, not {options.Delta}.");
        return Calculus.Numeric.NumericGradient.Compute(CompileFormula(names), x, options);
    }

    /// <summary>
    /// For each coordinate of <paramref name="point"/>: the exact derivative beside the lecture's
    /// central difference, the complex step and dual numbers, the errors, and a verdict that says
    /// why they disagree when they do (integer input, a kink, a pole, cancellation, h).
    /// </summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable of the formula, or the step is not positive.</exception>
    public DerivativeComparison Compare(Point point, ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        point.ValuesFor(Variables);
        options = (options ?? new ComparisonOptions()) with { Symbolic = Derivative.Of };
        if (!double.IsFinite(options.Delta) || options.Delta <= 0)
            throw new InvalidInputException($"The step h must be a positive number, not {options.Delta}.");
        return DerivativeComparison.Compare(Expression, point.Coordinates, options);
    }

    /// <summary>Compares at a point of decimal coordinates: <c>f.Compare(("x", 3.0))</c>.</summary>
    /// <exception cref="InvalidInputException">The point gives no value for a variable of the formula.</exception>
    public DerivativeComparison Compare(params (string Name, double Value)[] point) => Compare(Point.Of(point));

    private CompiledFormula CompileFormula(NameArray names)
    {
        var missing = Variables.Where(v => !names.Names.Contains(v)).ToList();
        if (missing.Count > 0)
            throw new InvalidInputException(
                $"The input names no element for {NameList.Describe(missing)} (the formula's variables are {NameList.Describe(Variables)}).",
                ErrorCodes.MissingValue);
        return CompiledFormula.Compile(Expression, names);
    }

    private NameArray DefaultLayout(NdArray x)
    {
        if (Variables.Count != x.Count)
            throw new InvalidInputException(
                $"The formula has {Variables.Count} variable(s) ({NameList.Describe(Variables)}) but the input has {x.Count} element(s); say which element is which with a layout such as [[w, x], [y, z]].",
                ErrorCodes.MissingValue);
        return NameArray.Of(x.Shape, Variables);
    }

    private static T ReadArray<T>(string text, string what, Func<string, T> parse)
    {
        try { return parse(text); }
        catch (InvalidInputException e) { throw new InvalidInputException($"The {what} {text} cannot be read: {e.Message}", ErrorCodes.InvalidPoint); }
        catch (ArgumentException e) { throw new InvalidInputException($"The {what} {text} cannot be read: {e.Message}", ErrorCodes.InvalidPoint); }
    }
}
