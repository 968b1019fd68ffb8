using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A formula whose variables are bound to the elements of an array by a <see cref="NameArray"/>
/// (element i of the input is the value of name i), evaluated with <see cref="Evaluator"/>: left
/// to right as Python and NumPy compute, so numeric results match the lecture's bit for bit.
/// </summary>
public sealed class FormulaFunction : IArrayFunction
{
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    private FormulaFunction(Expr expression, NameArray names)
    {
        Expression = expression;
        Names = names;
    }

    /// <summary>The formula.</summary>
    public Expr Expression { get; }

    /// <summary>The name bound to each element.</summary>
    public NameArray Names { get; }

    /// <inheritdoc/>
    public int Count => Names.Names.Count;

    /// <summary>Binds <paramref name="expression"/> to the layout <paramref name="names"/>.</summary>
    /// <exception cref="ArgumentException">The formula uses a variable that is not among the names.</exception>
    public static FormulaFunction Bind(Expr expression, NameArray names)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(names);
        var bound = new HashSet<string>(names.Names, StringComparer.Ordinal);
        var missing = ExprVariables.InOrder(expression).Where(v => !bound.Contains(v)).ToList();
        if (missing.Count > 0)
            throw new ArgumentException(
                $"The formula uses {Syntax.MessageText.FirstFew(missing.Select(m => "'" + m + "'"))}, which the input names {names} do not bind.", nameof(names));
        return new(expression, names);
    }

    /// <summary>Binds the formula's variables, in order of appearance, to the elements of a vector.</summary>
    public static FormulaFunction Bind(Expr expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new(expression, NameArray.Vector([.. ExprVariables.InOrder(expression)]));
    }

    /// <inheritdoc/>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    public double Evaluate(ReadOnlySpan<double> elements)
    {
        ElementCount.Check(elements, Count);
        return Evaluate(Expression, Names, elements, _values);
    }

    /// <summary>The tree evaluator's value with a dictionary of its own: safe on any thread.</summary>
    internal static double EvaluateOnce(Expr expression, NameArray names, ReadOnlySpan<double> elements) =>
        Evaluate(expression, names, elements, new Dictionary<string, double>(elements.Length, StringComparer.Ordinal));

    private static double Evaluate(Expr expression, NameArray names, ReadOnlySpan<double> elements, Dictionary<string, double> values)
    {
        for (var i = 0; i < elements.Length; i++) values[names.Names[i]] = elements[i];
        return Evaluator.Evaluate(expression, values);
    }
}
