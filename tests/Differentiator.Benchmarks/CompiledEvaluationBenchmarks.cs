using BenchmarkDotNet.Attributes;
using Differentiator.Calculus.Numeric;
using Differentiator.Expressions.Evaluation;

namespace Differentiator.Benchmarks;

/// <summary>
/// One evaluation of each reference formula (and the five the issue names): the hand-written
/// lambdas (<see cref="HandWrittenLambdas"/>; the faithful one is the baseline), the tape
/// interpreter that served <c>CompiledFormula.Evaluate</c> before, and the emitted code through
/// both overloads of <c>CompiledFormula.Evaluate</c> and through <see cref="CompiledFormula.ToDelegate"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class CompiledEvaluationBenchmarks
{
    private double[] _x = [];
    private Func<double[], double> _faithful = null!;
    private Func<double[], double> _natural = null!;
    private Func<double[], double> _delegate = null!;
    private CompiledFormula _compiled = null!;
    private TapeRunner _tape = null!;

    /// <summary>The formula's text.</summary>
    [ParamsSource(nameof(Formulas))]
    public string Formula { get; set; } = "";

    /// <summary>
    /// The 39 formulas of derivatives.json, then the five extra; or only those named (separated by
    /// <c>;</c>) in the environment variable <c>DX_BENCH_FORMULAS</c>, for a short run of a few.
    /// </summary>
    public static IEnumerable<string> Formulas =>
        Environment.GetEnvironmentVariable("DX_BENCH_FORMULAS") is { Length: > 0 } only
            ? only.Split(';', StringSplitOptions.TrimEntries).Where(HandWrittenLambdas.All.ContainsKey)
            : HandWrittenLambdas.All.Keys;

    /// <summary>Compiles and emits; checks that the faithful lambda, the tape and the emitted code all give the evaluator's bits.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var entry = HandWrittenLambdas.All[Formula];
        var expression = Differentiator.Formula.Parse(Formula).Expression;
        var names = NameArray.Vector(entry.Variables);
        _x = entry.Point;
        _faithful = entry.Faithful;
        _natural = entry.Natural;
        _compiled = CompiledFormula.Compile(expression, names);
        if (!_compiled.CompileNow()) throw new InvalidOperationException($"{Formula} was not emitted: {_compiled.InterpretedReason}");
        _delegate = _compiled.ToDelegate();
        _tape = _compiled.Runner;
        var expected = Evaluator.Evaluate(expression, entry.Variables.Select((v, i) => (v, _x[i])).ToDictionary(p => p.v, p => p.Item2));
        var tape = _tape.Run(_x, out var t) ? t : double.NaN;
        foreach (var (what, value) in new[] { ("faithful lambda", _faithful(_x)), ("tape", tape), ("emitted", _compiled.Evaluate(_x)), ("emitted over a span", _compiled.Evaluate((ReadOnlySpan<double>)_x)), ("delegate", _delegate(_x)) })
            if (BitConverter.DoubleToInt64Bits(value) != BitConverter.DoubleToInt64Bits(expected))
                throw new InvalidOperationException($"{Formula}: the {what} gives {value:R}, the evaluator {expected:R}.");
    }

    /// <summary>The hand-written lambda with the evaluator's operations: the same doubles.</summary>
    [Benchmark(Baseline = true)]
    public double Lambda() => _faithful(_x);

    /// <summary>The lambda as a person writes it (x * x for x^2): what bit-identity with the evaluator costs.</summary>
    [Benchmark]
    public double NaturalLambda() => _natural(_x);

    /// <summary>The tape interpreter, as <c>CompiledFormula.Evaluate</c> ran before code was emitted.</summary>
    [Benchmark]
    public double Tape() => _tape.Run(_x, out var value) ? value : double.NaN;

    /// <summary>Emitted code through <see cref="CompiledFormula.Evaluate(double[])"/>: the same array as the lambdas get.</summary>
    [Benchmark]
    public double Emitted() => _compiled.Evaluate(_x);

    /// <summary>Emitted code through <see cref="CompiledFormula.Evaluate(ReadOnlySpan{double})"/>, the array converted to a span at the call.</summary>
    [Benchmark]
    public double EmittedSpan() => _compiled.Evaluate((ReadOnlySpan<double>)_x);

    /// <summary>Emitted code through the delegate of <see cref="CompiledFormula.ToDelegate"/>.</summary>
    [Benchmark]
    public double EmittedDelegate() => _delegate(_x);
}
