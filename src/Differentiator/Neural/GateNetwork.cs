using Differentiator.Expressions;

namespace Differentiator.Neural;

/// <summary>
/// A network of sigmoid units as formulas: a single unit <c>σ(w1 x1 + w2 x2 + b)</c>, or with k
/// hidden units a 2-k-1 network <c>σ(v1 h1 + … + vk hk + c)</c> with <c>hj = σ(w1_j x1 + w2_j x2 + b_j)</c>.
/// Its loss over a gate's four rows is a formula in the parameters, so the differentiator gives
/// the gradient that trains it.
/// </summary>
public sealed class GateNetwork
{
    private static readonly Symbol X1 = Symbol.Of("x1");
    private static readonly Symbol X2 = Symbol.Of("x2");

    private GateNetwork(int hidden, IReadOnlyList<string> parameters, Expr preActivation)
    {
        Hidden = hidden;
        Parameters = parameters;
        PreActivation = preActivation;
    }

    /// <summary>The number of hidden units (0 for a single unit).</summary>
    public int Hidden { get; }

    /// <summary>The parameter names, in a fixed order (weights, then biases, layer by layer).</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The output unit's weighted input z in terms of x1, x2 and the parameters; the output is σ(z).</summary>
    public Expr PreActivation { get; }

    /// <summary>The output σ(z) as a formula in x1, x2 and the parameters.</summary>
    public Formula Output => Formula.FromExpression(Expr.Apply(MathFunctions.Sigmoid, PreActivation));

    /// <summary>A network with <paramref name="hidden"/> hidden units.</summary>
    public static GateNetwork Create(int hidden)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hidden);
        if (hidden == 0)
            return new(0, ["w1", "w2", "b"], Unit(X1, X2, Symbol.Of("w1"), Symbol.Of("w2"), Symbol.Of("b")));
        var parameters = new List<string>();
        var hiddenOutputs = new List<Expr>();
        for (var j = 1; j <= hidden; j++)
        {
            string w1 = $"w1_{j}", w2 = $"w2_{j}", b = $"b_{j}";
            parameters.AddRange([w1, w2, b]);
            hiddenOutputs.Add(Expr.Apply(MathFunctions.Sigmoid, Unit(X1, X2, Symbol.Of(w1), Symbol.Of(w2), Symbol.Of(b))));
        }
        var outputTerms = new List<Expr>();
        for (var j = 1; j <= hidden; j++)
        {
            parameters.Add($"v{j}");
            outputTerms.Add(Expr.Multiply(Symbol.Of($"v{j}"), hiddenOutputs[j - 1]));
        }
        parameters.Add("c");
        outputTerms.Add(Symbol.Of("c"));
        return new(hidden, parameters, Expr.Add(outputTerms));
    }

    /// <summary>z at the inputs (<paramref name="x1"/>, <paramref name="x2"/>), in the parameters only.</summary>
    public Expr PreActivationAt(int x1, int x2) => ExprWalk.Rewrite(PreActivation, node =>
        ReferenceEquals(node, X1) || node.Equals(X1) ? Rational.Of(x1)
        : ReferenceEquals(node, X2) || node.Equals(X2) ? Rational.Of(x2)
        : null);

    /// <summary>The mean loss over the gate's four rows, a formula in the parameters.</summary>
    public Formula Loss(LogicGate gate, TrainingLoss loss)
    {
        var terms = LogicGates.Inputs.Select(row =>
        {
            var z = PreActivationAt(row.X1, row.X2);
            var target = LogicGates.Output(gate, row.X1, row.X2);
            return loss == TrainingLoss.CrossEntropy
                // −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z): no ln 0 however far z goes.
                ? Expr.Apply(MathFunctions.Softplus, target == 1 ? Expr.Negate(z) : z)
                : Expr.Pow(Expr.Subtract(Expr.Apply(MathFunctions.Sigmoid, z), Rational.Of(target)), Rational.Two);
        });
        return Formula.FromExpression(Expr.Multiply(Rational.Of(1, 4), Expr.Add(terms)));
    }

    private static Expr Unit(Expr x1, Expr x2, Expr w1, Expr w2, Expr b) =>
        Expr.Add(Expr.Multiply(w1, x1), Expr.Multiply(w2, x2), b);
}
