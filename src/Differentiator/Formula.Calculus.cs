using Differentiator.Calculus.Symbolic;

namespace Differentiator;

public sealed partial class Formula
{
    /// <summary>The highest order of derivative one call computes.</summary>
    public const int MaxOrder = 10_000;

    /// <summary>
    /// ∂ⁿf/∂variableⁿ, simplified to textbook form, as a formula again (it prints, evaluates,
    /// compiles and differentiates); notes about kinks and assumptions are carried on it.
    /// <c>Formula.Parse("2x + 3xy + y^3").Differentiate("x")</c> is <c>2 + 3y</c>.
    /// </summary>
    /// <exception cref="InvalidInputException"><paramref name="order"/> is below 1 or above <see cref="MaxOrder"/>, or the variable name is empty.</exception>
    public Formula Differentiate(string variable, int order = 1)
    {
        RequireVariable(variable);
        if (order < 1 || order > MaxOrder)
            throw new InvalidInputException($"The order of a derivative must be between 1 and {MaxOrder:N0}, not {order}.");
        return Differentiate(Enumerable.Repeat(variable, order));
    }

    /// <summary>
    /// The mixed partial derivative by <paramref name="variables"/> in the order given:
    /// <c>f.Differentiate(["x", "y"])</c> is ∂²f/∂y∂x (first by x, then by y).
    /// </summary>
    /// <exception cref="InvalidInputException">A variable name is empty.</exception>
    public Formula Differentiate(IEnumerable<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var list = variables.ToList();
        foreach (var v in list) RequireVariable(v);
        var result = Derivative.Compute(Expression, list);
        return Derive(result.Expression, result.Notes);
    }

    /// <summary>The gradient: ∂f/∂v for each of the formula's variables, in order.</summary>
    public IReadOnlyList<Formula> Gradient() => Gradient(Variables);

    /// <summary>The partial derivatives by <paramref name="variables"/>, in the order given.</summary>
    public IReadOnlyList<Formula> Gradient(IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return [.. variables.Select(v => Differentiate(v))];
    }

    /// <summary>The Hessian over the formula's variables: entry (i, j) is ∂²f/∂xj∂xi.</summary>
    public IReadOnlyList<IReadOnlyList<Formula>> Hessian() => Hessian(Variables);

    /// <summary>The Hessian over <paramref name="variables"/>: entry (i, j) is ∂²f/∂xj∂xi.</summary>
    public IReadOnlyList<IReadOnlyList<Formula>> Hessian(IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return [.. Gradient(variables).Select(g => (IReadOnlyList<Formula>)g.Gradient(variables))];
    }

    /// <summary>
    /// The derivative with its working, the way the lecture shows it: each rule applied, chain-rule
    /// substitutions spelled out (<c>t = 3x^2; df/dt = e^t; dt/dx = 6x</c>).
    /// </summary>
    /// <exception cref="InvalidInputException">The variable name is empty.</exception>
    public Derivation Steps(string variable)
    {
        RequireVariable(variable);
        return Derivative.Steps(Expression, variable);
    }

    /// <summary>The working of each stage of the <paramref name="order"/>-th derivative: d/dx f, then d/dx of that, and so on.</summary>
    /// <exception cref="InvalidInputException"><paramref name="order"/> is below 1 or above <see cref="MaxOrder"/>.</exception>
    public IReadOnlyList<Derivation> Steps(string variable, int order)
    {
        RequireVariable(variable);
        if (order < 1 || order > MaxOrder)
            throw new InvalidInputException($"The order of a derivative must be between 1 and {MaxOrder:N0}, not {order}.");
        var stages = new List<Derivation>();
        var current = Expression;
        for (var k = 0; k < order; k++)
        {
            var stage = Derivative.Steps(current, variable);
            stages.Add(stage);
            current = stage.Result;
            if (current is Expressions.Rational { IsZero: true }) break;
        }
        return stages;
    }

    /// <summary>
    /// The formula with each named variable replaced by a formula or a number:
    /// <c>f.Substitute(("y", Formula.Parse("2")))</c>. Replacements are made all at once.
    /// </summary>
    public Formula Substitute(params (string Name, Formula Value)[] replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        var map = replacements.ToDictionary(r => r.Name, r => r.Value.Expression, StringComparer.Ordinal);
        var replaced = Expressions.ExprWalk.Rewrite(Expression,
            node => node is Expressions.Symbol s && map.TryGetValue(s.Name, out var value) ? value : null);
        return Derive(replaced, Notes);
    }

    /// <summary>The formula simplified to the canonical textbook form (what the derivatives are simplified to).</summary>
    public Formula Simplify()
    {
        var result = Simplifier.Simplify(Expression, SimplifyOptions.Default);
        return Derive(result.Expression, [.. Notes, .. result.Notes.Where(n => !Notes.Contains(n))]);
    }

    private static void RequireVariable(string variable)
    {
        if (string.IsNullOrWhiteSpace(variable))
            throw new InvalidInputException("A variable to differentiate by needs a name, such as x.");
    }
}
