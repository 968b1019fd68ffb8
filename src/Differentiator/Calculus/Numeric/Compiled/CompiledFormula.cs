using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Syntax;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A formula compiled to machine code: evaluation, the lecture's perturb-and-restore step and a
/// reverse-mode gradient, each bit-identical to its interpreted counterpart (the same operations in
/// the same order as <see cref="Evaluator.Evaluate"/>; no fused or reordered arithmetic). A point
/// where some value is not finite is handed to the evaluator, which reports it as it always does.
/// </summary>
/// <remarks>
/// <para>
/// Tiers: the first <see cref="InterpretedCalls"/> evaluations are interpreted by the tree
/// evaluator, so a one-shot use (a numeric gradient of a few variables) pays no code generation;
/// then the formula is emitted as IL through a <see cref="System.Reflection.Emit.DynamicMethod"/>
/// (shared subexpressions computed once) and the JIT compiles it (about 0.1 ms for a small
/// formula). A large formula runs on the tape a while longer first (one evaluation per eight
/// instructions), since its JIT time grows faster than what each call saves. Reverse mode runs on
/// the tape for its first <see cref="InterpretedCalls"/> gradients (one per two instructions for a
/// large formula) before its code is emitted. <see cref="CompileNow"/> skips the interpreted tiers. A formula too large to emit
/// (<see cref="EmissionLimits"/>) runs on the tape interpreter; <see cref="InterpretedReason"/> says why.
/// </para>
/// <para>
/// Perturbed evaluations (<see cref="EvaluatePerturbed"/>): each perturbed point is evaluated in
/// full by the emitted code, except for a large formula of many inputs, where the tape recomputes
/// only what depends on the element (each fold restarting from its cached prefix), which is
/// cheaper there.
/// </para>
/// <para>Not thread-safe (it counts calls and caches runs): use one per thread, or share <see cref="ToDelegate"/>, which is.</para>
/// </remarks>
public sealed class CompiledFormula : IPerturbableFunction
{
    /// <summary>
    /// How many evaluations the tree evaluator serves before code is emitted: about half the calls
    /// that emitting and compiling a small formula costs (0.1 ms against 1 to 2 µs a call).
    /// </summary>
    public const int InterpretedCalls = 64;

    private readonly FormulaFunction _reference;
    private readonly int _count;
    private Tape? _tape;
    private TapeRunner? _runner;
    private SpanFunction _evaluate;
    private SpanFunction? _emitted;
    private Func<double[], double> _evaluateArray;
    private GradientKernel? _gradientKernel;
    private bool _emissionTried;
    private bool _gradientEmissionTried;
    private int _interpreted;
    private int _interpretedGradients;
    private double[] _scratch = [];
    private bool? _incremental;

    private CompiledFormula(FormulaFunction reference)
    {
        _reference = reference;
        _count = reference.Count;
        _evaluate = EvaluateInterpreted;
        _evaluateArray = EvaluateArrayUntilEmitted;
        InterpretedReason = $"Interpreted until {InterpretedCalls} evaluations have run; then emitted.";
    }

    /// <summary>The name bound to each input element.</summary>
    public NameArray Names => _reference.Names;

    /// <summary>The number of instructions of the formula's tape (equal subtrees share one).</summary>
    public int InstructionCount => Tape.Instructions.Length;

    /// <inheritdoc/>
    public int Count => _count;

    /// <summary>Whether evaluation runs emitted code (after <see cref="InterpretedCalls"/> evaluations, or <see cref="CompileNow"/>).</summary>
    public bool IsEmitted => _emitted is not null;

    /// <summary>Why evaluation is interpreted, when it is (not emitted yet, too large, a constant part not finite); null once emitted.</summary>
    public string? InterpretedReason { get; private set; }

    /// <summary>Compiles <paramref name="expression"/> with its elements laid out as <paramref name="names"/>.</summary>
    /// <exception cref="ArgumentException">The formula uses a variable that is not among the names.</exception>
    public static CompiledFormula Compile(Expr expression, NameArray names) => new(FormulaFunction.Bind(expression, names));

    /// <summary>Compiles with the formula's variables, in order of appearance, as a vector.</summary>
    public static CompiledFormula Compile(Expr expression) => new(FormulaFunction.Bind(expression));

    /// <summary>
    /// Emits the code now rather than after the first <see cref="InterpretedCalls"/> evaluations
    /// (and reverse mode's after as many gradients); returns whether evaluation could be emitted
    /// (see <see cref="InterpretedReason"/>).
    /// </summary>
    public bool CompileNow()
    {
        if (!_gradientEmissionTried) _interpretedGradients = int.MaxValue - 1;
        if (!_emissionTried)
        {
            _emissionTried = true;
            var tape = Tape;
            InterpretedReason = EmissionLimits.RefusalFor(tape, EmissionLimits.MaxEvaluationInstructions);
            if (InterpretedReason is null)
            {
                _emitted = EvaluationEmitter.EmitSpanFunction(tape, _count, _reference.Evaluate);
                InterpretedReason = _emitted is null ? EmissionLimits.ConstantNotFinite : null;
                if (_emitted is not null) _evaluate = _emitted;
            }
        }
        return _emitted is not null;
    }

    /// <summary>
    /// The formula as a delegate over its elements (in the order of <see cref="Names"/>), emitted now.
    /// Thread-safe, unlike the <see cref="CompiledFormula"/> itself; the same values and the same
    /// <see cref="EvaluationException"/> as <see cref="Evaluate(ReadOnlySpan{double})"/>.
    /// </summary>
    /// <example><code>
    /// var f = CompiledFormula.Compile(Formula.Parse("x^2 + 3xy").Expression).ToDelegate();
    /// double value = f([1.0, 2.0]); // 7
    /// </code></example>
    public Func<double[], double> ToDelegate()
    {
        var expression = _reference.Expression;
        var names = Names;
        var count = _count;
        double Reference(double[] elements) => FormulaFunction.EvaluateOnce(expression, names, elements);
        if (CompileNow() && EvaluationEmitter.EmitArrayFunction(Tape, count, Reference) is { } emitted) return emitted;
        var tape = Tape;
        var runners = new ThreadLocal<TapeRunner>(() => new TapeRunner(tape));
        return elements =>
        {
            ArgumentNullException.ThrowIfNull(elements);
            ElementCount.Check(elements, count);
            return runners.Value!.Run(elements, out var value) ? value : Reference(elements);
        };
    }

    /// <inheritdoc/>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    /// <remarks>
    /// One delegate call, as a hand-written lambda is: to the interpreted tier at first, and once
    /// the code is emitted to the emitted method itself, which checks the length, computes and
    /// hands a point where a value is not finite to the evaluator.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Evaluate(ReadOnlySpan<double> elements) => _evaluate(elements);

    /// <summary>
    /// <see cref="Evaluate(ReadOnlySpan{double})"/> for an array: the same values and errors, but
    /// <see cref="ArgumentNullException"/> for null (as <see cref="ToDelegate"/>'s delegate). Once the
    /// code is emitted it is one delegate call into an emitted method over the array, as a call of a
    /// hand-written <c>Func&lt;double[], double&gt;</c> is (no conversion to a span in the caller).
    /// </summary>
    /// <exception cref="EvaluationException">The formula is undefined at these values.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Evaluate(double[] elements) => _evaluateArray(elements);

    /// <summary>The array overload until the span entry is emitted; then it emits its own entry over arrays and hands over to it.</summary>
    private double EvaluateArrayUntilEmitted(double[] elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var value = _evaluate(elements);
        if (_emitted is not null && EvaluationEmitter.EmitArrayFunction(Tape, _count, array => _reference.Evaluate(array)) is { } emitted) _evaluateArray = emitted;
        return value;
    }

    /// <summary>The interpreted tier, until the code is emitted (or for good when it cannot be).</summary>
    private double EvaluateInterpreted(ReadOnlySpan<double> elements)
    {
        ElementCount.Check(elements, _count);
        return EvaluateAt(elements, EmittedAfter(calls: 1));
    }

    /// <inheritdoc/>
    public int MaxBatch => TapeRunner.MaxBatch;

    /// <inheritdoc/>
    /// <exception cref="EvaluationException">The formula is undefined at one of the points.</exception>
    public void EvaluatePerturbed(ReadOnlySpan<double> elements, ReadOnlySpan<int> flats, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond)
    {
        ElementCount.Check(elements, Count);
        if (flats.Length > MaxBatch) throw new ArgumentException($"At most {MaxBatch} elements at a time.", nameof(flats));
        if (_incremental ??= EmissionLimits.PerturbsIncrementally(_count, () => InstructionCount))
        {
            if (!Runner.EvaluatePerturbed(elements, flats, firsts, seconds, resultsFirst, resultsSecond))
                EvaluateEachPoint(elements, flats, firsts, seconds, resultsFirst, resultsSecond, emitted: null);
            return;
        }
        EvaluateEachPoint(elements, flats, firsts, seconds, resultsFirst, resultsSecond, EmittedAfter(calls: 2 * flats.Length));
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
        ElementCount.Check(elements, Count);
        if (gradient.Length != Count) throw new ArgumentException($"The gradient needs {Count} entries.", nameof(gradient));
        bool ok;
        if (GradientKernelOrNull() is { } kernel)
        {
            gradient.Clear();
            ok = double.IsFinite(kernel(ref MemoryMarshal.GetReference(elements), ref MemoryMarshal.GetReference(gradient)));
        }
        else ok = Runner.Gradient(elements, gradient);
        if (!ok)
        {
            _reference.Evaluate(elements); // throws the evaluator's error when there is one
            throw new EvaluationException(EvaluationErrorKind.Overflow, _reference.Expression, "The gradient is not finite at this point.");
        }
    }

    /// <summary>Forgets the cached run, so the next perturbed evaluation starts from scratch (for honest benchmarks).</summary>
    internal void ResetCache() => _runner?.ResetCache();

    /// <summary>The tape interpreter this formula uses where it interprets.</summary>
    internal TapeRunner Runner => _runner ??= new TapeRunner(Tape);

    /// <summary>A tape interpreter of its own, for benchmarks and tests that set it beside the emitted code.</summary>
    internal TapeRunner NewRunner() => new(Tape);

    /// <summary>The formula.</summary>
    internal Expr Expression => _reference.Expression;

    private Tape Tape => _tape ??= LargeStack.Run(_reference.Expression.Depth, () => Tape.Compile(_reference.Expression, Names.Names));

    /// <summary>The emitted code once <paramref name="calls"/> more evaluations pass the interpreted tier; null before, or when it cannot be emitted.</summary>
    private SpanFunction? EmittedAfter(int calls)
    {
        if (_emitted is not null || _emissionTried) return _emitted;
        _interpreted += calls;
        if (_interpreted <= InterpretedCalls || _interpreted <= EmissionLimits.EvaluationsBeforeEmission(InstructionCount)) return null;
        return CompileNow() ? _emitted : null;
    }

    /// <summary>The emitted reverse mode once enough gradients have run on the tape (<see cref="EmissionLimits.GradientsBeforeEmission"/>); null before, or when it cannot be emitted.</summary>
    private GradientKernel? GradientKernelOrNull()
    {
        if (_gradientKernel is not null || _gradientEmissionTried) return _gradientKernel;
        if (++_interpretedGradients <= EmissionLimits.GradientsBeforeEmission(InstructionCount)) return null;
        _gradientEmissionTried = true;
        if (EmissionLimits.RefusalFor(Tape, EmissionLimits.MaxGradientInstructions) is null) _gradientKernel = GradientEmitter.Emit(Tape);
        return _gradientKernel;
    }

    /// <summary>
    /// The value at <paramref name="elements"/>: emitted code when there is some, else the tape once
    /// it is built (a large formula still in the interpreted tier, or one that cannot be emitted),
    /// else the tree evaluator; the evaluator whenever a value is not finite.
    /// </summary>
    private double EvaluateAt(ReadOnlySpan<double> elements, SpanFunction? emitted)
    {
        if (emitted is not null) return emitted(elements);
        if (_tape is not null) return Runner.Run(elements, out var value) ? value : _reference.Evaluate(elements);
        return _reference.Evaluate(elements);
    }

    /// <summary>Each perturbed point in full: set the element, evaluate, restore (on a copy of the input).</summary>
    private void EvaluateEachPoint(ReadOnlySpan<double> elements, ReadOnlySpan<int> flats, ReadOnlySpan<double> firsts, ReadOnlySpan<double> seconds,
        Span<double> resultsFirst, Span<double> resultsSecond, SpanFunction? emitted)
    {
        if (_scratch.Length != elements.Length) _scratch = new double[elements.Length];
        var point = _scratch;
        elements.CopyTo(point);
        for (var j = 0; j < flats.Length; j++)
        {
            var flat = flats[j];
            point[flat] = firsts[j];
            resultsFirst[j] = EvaluateAt(point, emitted);
            point[flat] = seconds[j];
            resultsSecond[j] = EvaluateAt(point, emitted);
            point[flat] = elements[flat];
        }
    }
}
