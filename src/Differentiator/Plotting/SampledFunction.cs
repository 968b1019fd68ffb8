using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Plotting;

/// <summary>A formula of one variable as a plot samples it: a value, or null where it is undefined or not finite.</summary>
internal sealed class SampledFunction
{
    private readonly CompiledFormula _compiled;
    private readonly double[] _input = new double[1];

    public SampledFunction(Expr expression, string variable)
    {
        Expression = expression;
        _compiled = CompiledFormula.Compile(expression, NameArray.Vector(variable));
    }

    public Expr Expression { get; }

    /// <summary>The number of evaluations so far: sampling stops refining past a budget.</summary>
    public int Evaluations { get; private set; }

    public double? At(double x)
    {
        Evaluations++;
        _input[0] = x;
        try
        {
            var y = _compiled.Evaluate(_input);
            return double.IsFinite(y) ? y : null;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }
}
