using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A formula compiled once into a flat instruction array (<see cref="Tape"/>): evaluation
/// bit-identical to <see cref="Evaluator.Evaluate"/> (the same operations in the same order; any
/// non-finite value defers to the evaluator, which reports it), the lecture's perturb-and-restore
/// step done incrementally (only what depends on the element is recomputed, each fold restarting
/// from its cached prefix), and a reverse-mode gradient. Not thread-safe: compile one per thread.
/// </summary>
public sealed class CompiledFormula : IPerturbableFunction
{
    private readonly TapeRunner _runner;
    private readonly FormulaFunction _reference;

    private CompiledFormula(Expr expression, NameArray names)
    {
        _reference = FormulaFunction.Bind(expression, names);
        Names = names;
        var tape = Tape.Compile(expression, names.Names);
        InstructionCount = tape.Instructions.Length;
        _runner = new TapeRunner(tape);
    }

    /// <summary>The name bound to each input element.</summary>
    public NameArray Names { get; }

    /// <summary>The number of instructions (equal subtrees share one).</summary>
    public int InstructionCount { get; }

    /// <inheritdoc/>
    public int Count => Names.Names.Count;

    /// <summary>Compiles <paramref name="expression"/> with its elements laid out as <paramref name="names"/>.</summary>
    /// <exception cref="ArgumentException">The formula uses a variable that is not among the names.</exception>
    public static CompiledFormula Compile(Expr expression, NameArray names)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(names);
        return new(expression, names);
    }

    /// <summary>Compiles with the formula's variables, in order of appearance, as a vector.</summary>
    public static CompiledFormula Compile(Expr expression) =>
        Compile(expression, NameArray.Vector([.. ExprVariables.InOrder(expression)]));

    /// <inheritdoc/>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    public double Evaluate(ReadOnlySpan<double> elements)
    {
        CheckLength(elements);
        return _runner.Run(elements, out var value) ? value : _reference.Evaluate(elements);
    }

    /// <inheritdoc/>
    public int MaxBatch => TapeRunner.MaxBatch;

    /// <inheritdoc/>
    /// <exception cref="EvaluationException">The formula is undefined at one of the points.</exception>
    public void EvaluatePerturbed(ReadOnlySpan<double> elements, ReadOnlySpan<int> flats, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond)
    {
        CheckLength(elements);
        if (flats.Length > MaxBatch) throw new ArgumentException($"At most {MaxBatch} elements at a time.", nameof(flats));
        if (_runner.EvaluatePerturbed(elements, flats, firsts, seconds, resultsFirst, resultsSecond)) return;
        // Some value is not finite: the tree evaluator reports it (or returns what it returns).
        var copy = elements.ToArray();
        for (var j = 0; j < flats.Length; j++)
        {
            var saved = copy[flats[j]];
            copy[flats[j]] = firsts[j];
            resultsFirst[j] = _reference.Evaluate(copy);
            copy[flats[j]] = seconds[j];
            resultsSecond[j] = _reference.Evaluate(copy);
            copy[flats[j]] = saved;
        }
    }

    /// <summary>The exact gradient by reverse-mode differentiation (adjoints), one entry per input element.</summary>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    public double[] Gradient(ReadOnlySpan<double> elements)
    {
        var gradient = new double[Count];
        Gradient(elements, gradient);
        return gradient;
    }

    /// <summary>The reverse-mode gradient into <paramref name="gradient"/> (no allocation).</summary>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    public void Gradient(ReadOnlySpan<double> elements, Span<double> gradient)
    {
        CheckLength(elements);
        if (gradient.Length != Count) throw new ArgumentException($"The gradient needs {Count} entries.", nameof(gradient));
        if (!_runner.Gradient(elements, gradient))
        {
            _reference.Evaluate(elements); // throws the evaluator's error when there is one
            throw new EvaluationException(EvaluationErrorKind.Overflow, _reference.Expression, "The gradient is not finite at this point.");
        }
    }

    /// <summary>Forgets the cached run, so the next perturbed evaluation starts from scratch (for honest benchmarks).</summary>
    internal void ResetCache() => _runner.ResetCache();

    private void CheckLength(ReadOnlySpan<double> elements)
    {
        if (elements.Length != Count)
            throw new ArgumentException($"The formula reads {Count} elements, not {elements.Length}.", nameof(elements));
    }
}
