using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// Symbolic derivatives in textbook form: <c>Derivative.Of(e^(3x^2), "x")</c> is <c>6x e^(3x^2)</c>.
/// Partial derivatives hold the other variables constant; gradients, Jacobians, Hessians, n-th
/// and mixed derivatives build on the same engine. Results share equal subtrees (a DAG), so
/// repeated subexpressions cost nothing extra.
/// </summary>
public static class Derivative
{
    /// <summary>∂f/∂<paramref name="variable"/>, simplified.</summary>
    public static Expr Of(Expr function, string variable) => Compute(function, [variable]).Expression;

    /// <summary>The <paramref name="order"/>-th derivative by <paramref name="variable"/> (order 0 is the simplified function).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="BudgetExceededException">The <see cref="OperationBudget"/> in force ran out (a high order of a growing formula).</exception>
    public static Expr Of(Expr function, string variable, int order) => Compute(function, variable, order).Expression;

    /// <summary>The <paramref name="order"/>-th derivative by <paramref name="variable"/>, with the notes gathered on the way.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    /// <exception cref="BudgetExceededException">The <see cref="OperationBudget"/> in force ran out (a high order of a growing formula).</exception>
    public static DerivativeResult Compute(Expr function, string variable, int order)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        return Compute(function, new RepeatedName(variable, order));
    }

    /// <summary>
    /// The mixed partial derivative by <paramref name="variables"/> in the order given:
    /// <c>Mixed(f, "x", "y")</c> is ∂²f/∂y∂x (first by x, then by y).
    /// </summary>
    public static Expr Mixed(Expr function, params string[] variables) => Compute(function, variables).Expression;

    /// <summary>Differentiates by each of <paramref name="variables"/> in turn, simplifying after each, and keeps the notes.</summary>
    /// <remarks>All the orders share one <see cref="OperationBudget"/>: the one in force, or one default budget for the whole computation.</remarks>
    /// <exception cref="BudgetExceededException">The budget ran out.</exception>
    public static DerivativeResult Compute(Expr function, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(function);
        var run = NewRun(function);
        var result = Compute(function, variables, run);
        run.Release();
        return result;
    }

    /// <summary>The gradient: one partial derivative per variable, in the order given.</summary>
    public static IReadOnlyList<Expr> Gradient(Expr function, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(function);
        var run = NewRun(function);
        var simplified = run.Simplify(function);
        var gradient = new Expr[variables.Count];
        for (var i = 0; i < gradient.Length; i++) gradient[i] = Partial(simplified, variables[i], run, null);
        run.Release();
        return gradient;
    }

    /// <summary>The Jacobian: row i holds the partial derivatives of <paramref name="functions"/>[i] by each variable.</summary>
    public static IReadOnlyList<IReadOnlyList<Expr>> Jacobian(IReadOnlyList<Expr> functions, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(variables);
        var run = NewRun();
        return functions.Select(f => (IReadOnlyList<Expr>)variables.Select(v => Compute(f, [v], run).Expression).ToList()).ToList();
    }

    /// <summary>The Hessian: entry (i, j) is ∂²f/∂xj∂xi (first by variable i, then by variable j).</summary>
    public static IReadOnlyList<IReadOnlyList<Expr>> Hessian(Expr function, IReadOnlyList<string> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var run = NewRun();
        var gradient = variables.Select(v => Compute(function, [v], run).Expression).ToList();
        return gradient.Select(g => (IReadOnlyList<Expr>)variables.Select(v => Compute(g, [v], run).Expression).ToList()).ToList();
    }

    /// <summary>The derivative with its working: each rule applied, chain-rule substitutions spelled out.</summary>
    public static Derivation Steps(Expr function, string variable)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(variable); // an empty name is refused by Expr.Variable
        var recorder = new StepRecorder(SymbolNames.Of(function));
        var run = NewRun();
        run.Budget.Doing("differentiating by ", variable);
        // The raw rules are charged to the run's budget: x·x·…·x with 6,576 factors is 43 million factors of product rule.
        var engine = new DifferentiationEngine(Expr.Variable(variable), recorder, budget: run.Budget);
        var raw = engine.Differentiate(function);
        var simplified = Simplifier.Run(raw, run);
        var steps = recorder.Build(e => Simplifier.Run(e, run).Expression);
        var nesting = Math.Max(function.Depth, Math.Max(raw.Depth, simplified.Expression.Depth));
        return new Derivation(function, variable, simplified.Expression, steps, [.. engine.Notes, .. simplified.Notes], nesting);
    }

    /// <summary>The unsimplified derivative, as the engine builds it.</summary>
    internal static Expr Raw(Expr function, string variable) => new DifferentiationEngine(Expr.Variable(variable)).Differentiate(function);

    /// <summary>One simplification run shared by the stages of a computation: its memo and interning table carry over.</summary>
    private static Rewriter NewRun(Expr? function = null) => new(SimplifyOptions.Default, ExpectedNodes(function));

    /// <summary>A cheap guess at the nodes a derivative of <paramref name="function"/> interns: a few per part of its root (a 10,000-term sum, 40,000).</summary>
    private static int ExpectedNodes(Expr? function) => function is null ? 0 : (int)Math.Min(4L * function.Items.Length, int.MaxValue);

    private static DerivativeResult Compute(Expr function, IReadOnlyList<string> variables, Rewriter run)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(variables);
        List<string>? notes = null;
        // The function is simplified first: x·x·…·x is x^n before the product rule sees it.
        var current = Simplifier.Run(function, run).Expression;
        for (var i = 0; i < variables.Count; i++)
        {
            if (current is Rational { IsZero: true }) break; // every further derivative is 0 too
            current = Partial(current, variables[i], run, notes ??= []);
        }
        return new DerivativeResult(current, (IReadOnlyList<string>?)notes ?? [], run.Complete);
    }

    /// <summary>∂f/∂variable of a simplified f, in the run; the notes met are added to <paramref name="notes"/> when given.</summary>
    private static Expr Partial(Expr simplified, string variable, Rewriter run, List<string>? notes)
    {
        ArgumentNullException.ThrowIfNull(variable); // an empty name is refused by Expr.Variable
        run.Budget.Doing("differentiating by ", variable);
        var engine = new DifferentiationEngine(Expr.Variable(variable), simplifier: run);
        var derivative = engine.Differentiate(simplified);
        engine.Release();
        if (notes is not null)
        {
            AddNew(notes, engine.Notes);
            AddNew(notes, run.Notes);
        }
        return derivative;
    }

    private static void AddNew(List<string> notes, IReadOnlyList<string> more)
    {
        for (var i = 0; i < more.Count; i++)
            if (!notes.Contains(more[i])) notes.Add(more[i]);
    }
}
