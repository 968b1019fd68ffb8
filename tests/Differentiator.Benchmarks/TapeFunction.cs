using Differentiator.Calculus.Numeric;

namespace Differentiator.Benchmarks;

/// <summary>
/// <c>CompiledFormula</c> as it was before code was emitted: every evaluation and every perturbed
/// evaluation on the tape interpreter (the tree evaluator where a value is not finite), for
/// benchmarks that set the old path beside the new.
/// </summary>
internal sealed class TapeFunction(CompiledFormula formula) : IPerturbableFunction
{
    private readonly TapeRunner _runner = formula.NewRunner();
    private readonly FormulaFunction _reference = FormulaFunction.Bind(formula.Expression, formula.Names);

    public int Count => formula.Count;

    public int MaxBatch => TapeRunner.MaxBatch;

    public double Evaluate(ReadOnlySpan<double> elements) => _runner.Run(elements, out var value) ? value : _reference.Evaluate(elements);

    public void EvaluatePerturbed(ReadOnlySpan<double> elements, ReadOnlySpan<int> flats, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond)
    {
        if (!_runner.EvaluatePerturbed(elements, flats, firsts, seconds, resultsFirst, resultsSecond))
            throw new InvalidOperationException("A benchmark point where a value is not finite.");
    }

    /// <summary>The reverse-mode gradient on the tape.</summary>
    public void Gradient(ReadOnlySpan<double> elements, Span<double> gradient)
    {
        if (!_runner.Gradient(elements, gradient)) throw new InvalidOperationException("A benchmark point where a value is not finite.");
    }

    /// <summary>Forgets the tape's cached run.</summary>
    public void ResetCache() => _runner.ResetCache();
}
