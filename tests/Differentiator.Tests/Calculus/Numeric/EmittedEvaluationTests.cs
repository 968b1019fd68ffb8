using System.Globalization;
using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Numeric.Outcomes;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>The emitted code of <see cref="CompiledFormula"/> against the tree evaluator, bit for bit and error for error.</summary>
public class EmittedEvaluationTests
{
    /// <summary>Values where doubles misbehave: signed zeros, subnormals, overflow edges, infinities, NaN, poles.</summary>
    internal static readonly double[] EdgeValues =
    [
        0.0, -0.0, 1, -1, 0.5, -0.5, 2, 3, 1e-5, -1e-5, double.Epsilon, -double.Epsilon, 1e-308, 1e308, -1e308,
        709.5, 710, -745.2, 1e200, Math.PI / 2, Math.PI, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
    ];

    [Test]
    public void Emitted_evaluation_is_bit_identical_to_the_evaluator_or_fails_the_same_way()
    {
        var random = new RandomFormulas(17);
        var edges = new Random(5);
        var compared = 0;
        var emitted = 0;
        for (var i = 0; i < 1000; i++)
        {
            var f = random.Next();
            var compiled = CompiledFormula.Compile(f, RandomFormulas.AllNames);
            if (compiled.CompileNow()) emitted++;
            var points = new[] { random.Point(), random.Point(), EdgePoint(edges), EdgePoint(edges) };
            foreach (var point in points)
            {
                var expected = Outcome(() => Evaluator.Evaluate(f, point));
                Assert.That(Outcome(() => compiled.Evaluate(RandomFormulas.Values(point))), Is.EqualTo(expected), $"{f} at {Text(point)}");
                compared++;
            }
        }
        Assert.That(compared, Is.EqualTo(4000));
        Assert.That(emitted, Is.GreaterThan(900), "only formulas with a non-finite constant part (asin 5) stay interpreted");
    }

    [Test]
    public void Emitted_evaluation_of_generated_trees_matches_the_evaluator_at_ordinary_and_edge_points()
    {
        var values = Gen.OneOf(Gen.Elements(EdgeValues), Gen.Choose(-3000, 3000).Select(i => i / 1000.0));
        var cases = Arb.From(TreeGenerators.Trees.Generator.SelectMany(t => Gen.ArrayOf(values, 9).Select(v => (Tree: t, Values: v))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(cases, c =>
        {
            var compiled = CompiledFormula.Compile(c.Tree);
            compiled.CompileNow();
            var x = c.Values[..compiled.Count];
            var point = compiled.Names.Names.Select((n, i) => (n, x[i])).ToDictionary(p => p.n, p => p.Item2);
            var expected = Outcome(() => Evaluator.Evaluate(c.Tree, point));
            var actual = Outcome(() => compiled.Evaluate(x));
            return actual == expected ? true : throw new AssertionException($"{c.Tree} at {Text(point)}: {actual}, evaluator {expected}");
        }));
    }

    [Test]
    public void Every_function_row_is_emitted_bit_identical_to_its_evaluation()
    {
        foreach (var function in MathFunctions.All)
        {
            Assert.That(EmittedFunctions.Knows(function), Is.True, $"{function.Name} has no IL of its own");
            var arguments = Enumerable.Range(0, function.MinArity).Select(i => Variable("a" + i)).ToArray();
            var f = Apply(function, arguments);
            var names = NameArray.Vector([.. arguments.Select(a => a.Name)]);
            // The fallback answers NaN, so a call answers NaN for "not finite somewhere" (where the evaluator takes over); otherwise the row's value.
            var kernel = EvaluationEmitter.EmitSpanFunction(Tape.Compile(f, names.Names), function.MinArity, _ => double.NaN)!;
            foreach (var a in EdgeValues)
                foreach (var b in function.MinArity == 2 ? EdgeValues : [0.0])
                {
                    double[] args = function.MinArity == 2 ? [a, b] : [a];
                    var expected = function.Evaluate(args);
                    var actual = kernel(args);
                    if (args.All(double.IsFinite) && double.IsFinite(expected) || double.IsFinite(actual))
                        Assert.That(BitConverter.DoubleToInt64Bits(actual), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)), $"{function.Name}({string.Join(", ", args)})");
                }
        }
    }

    [Test]
    public void A_function_row_without_its_own_IL_is_called_through_its_delegate()
    {
        var twice = new MathFunction("twice", 1, 1, args => 2 * args[0], (args, _) => Number(2), "twice its argument");
        var f = Add(Apply(twice, Pow(Variable("x"), Number(2))), Apply(MathFunctions.Sin, Variable("x")));
        var compiled = Emitted(f, NameArray.Vector("x"));
        foreach (var x in new[] { 0.3, -2.0, 1e5 })
            Assert.That(compiled.Evaluate([x]), Is.EqualTo(Evaluator.Evaluate(f, new Dictionary<string, double> { ["x"] = x })));
        Assert.That(compiled.ToDelegate()([0.3]), Is.EqualTo(compiled.Evaluate([0.3])));
        var tape = new double[1];
        Assert.That(compiled.Runner.Gradient([0.3], tape), Is.True);
        Assert.That(compiled.Gradient([0.3]), Is.EqualTo(tape));
    }

    [Test]
    public void Functions_said_to_preserve_non_finite_values_do()
    {
        foreach (var function in MathFunctions.All.Where(f => EmittedFunctions.PreservesNonFinite(f, 1)))
            foreach (var a in new[] { double.PositiveInfinity, double.NegativeInfinity, double.NaN })
                Assert.That(double.IsFinite(function.Evaluate(a)), Is.False, $"{function.Name}({a})");
        Assert.That(EmittedFunctions.PreservesNonFinite(MathFunctions.Ln, 2), Is.False, "log(x, ∞) = 0");
    }

    [TestCase("ln(x)", -1.0, EvaluationErrorKind.Domain)]
    [TestCase("1/x", 0.0, EvaluationErrorKind.DivisionByZero)]
    [TestCase("x^(-2)", 0.0, EvaluationErrorKind.DivisionByZero)]
    [TestCase("e^x", 1000.0, EvaluationErrorKind.Overflow)]
    [TestCase("sqrt(x) + 1", -4.0, EvaluationErrorKind.Domain)]
    [TestCase("x^(1/3)", -8.0, EvaluationErrorKind.Domain)]
    [TestCase("asin(x)", 2.0, EvaluationErrorKind.Domain)]
    [TestCase("x*1e300*1e300", 1.0, EvaluationErrorKind.Overflow)]
    [TestCase("tan(x) + 1/cos(x)", 1.5707963267948966, null)]
    [TestCase("atan(e^x)", 1000.0, EvaluationErrorKind.Overflow)]
    [TestCase("1/(1 + e^(-x))", -1000.0, EvaluationErrorKind.Overflow)]
    [TestCase("x^0", 0.0, null)]
    public void Undefined_points_fail_exactly_as_the_evaluator_fails(string text, double x, EvaluationErrorKind? kind)
    {
        var f = Formula.Parse(text).Expression;
        var compiled = Emitted(f, NameArray.Vector("x"));
        var point = new Dictionary<string, double> { ["x"] = x };
        var expected = Outcome(() => Evaluator.Evaluate(f, point));
        Assert.That(Outcome(() => compiled.Evaluate([x])), Is.EqualTo(expected));
        Assert.That(Outcome(() => compiled.ToDelegate()([x])), Is.EqualTo(expected));
        Assert.That(expected, kind is null ? Does.Not.StartWith("error") : Does.StartWith("error " + kind));
    }

    [Test]
    public void A_formula_is_interpreted_for_its_first_evaluations_then_emitted()
    {
        var compiled = CompiledFormula.Compile(Formula.Parse("x^2 e^x sin x").Expression);
        for (var i = 0; i < CompiledFormula.InterpretedCalls; i++) compiled.Evaluate([0.5]);
        Assert.That(compiled.IsEmitted, Is.False);
        Assert.That(compiled.InterpretedReason, Does.Contain("Interpreted until"));
        var interpreted = compiled.Evaluate([0.7]);
        Assert.That(compiled.IsEmitted, Is.True);
        Assert.That(compiled.InterpretedReason, Is.Null);
        Assert.That(compiled.Evaluate([0.7]), Is.EqualTo(interpreted));
    }

    [Test]
    public void A_logarithm_to_base_0_is_undefined_not_0()
    {
        // ln 2 / ln 0 is a silent -0 in doubles; the fuzzer found log(…, step(w)·x) at w < 0 evaluated as 0.
        var f = Formula.Parse("log(x, y)");
        Assert.That(() => f.Evaluate(("x", 2.0), ("y", 0.0)), Throws.InstanceOf<EvaluationException>().With.Property(nameof(EvaluationException.Kind)).EqualTo(EvaluationErrorKind.Domain));
        var compiled = Emitted(f.Expression, NameArray.Vector("x", "y"));
        double value;
        try
        {
            value = compiled.Evaluate([2.0, 0.0]);
        }
        catch (EvaluationException)
        {
            value = double.NaN;
        }
        Assert.That(value, Is.NaN);
        Assert.That(compiled.Evaluate([8.0, 2.0]), Is.EqualTo(3.0).Within(1e-15));
    }

    [Test]
    public void Shared_subexpressions_are_computed_once()
    {
        var compiled = Emitted(Formula.Parse("sin(x^2) + cos(x^2) * sin(x^2)").Expression, NameArray.Vector("x"));
        Assert.That(compiled.InstructionCount, Is.EqualTo(7), "x, 2, x^2, sin, cos, the product, the sum: nothing twice");
        Assert.That(compiled.Evaluate([0.3]), Is.EqualTo(Evaluator.Evaluate(Formula.Parse("sin(x^2) + cos(x^2) * sin(x^2)").Expression, new Dictionary<string, double> { ["x"] = 0.3 })));
    }

    [Test]
    public void The_delegate_matches_evaluate_and_is_safe_on_many_threads()
    {
        var f = Formula.Parse("sin x cos y + sqrt(x^2 + y^2)").Expression;
        var function = CompiledFormula.Compile(f, NameArray.Vector("x", "y")).ToDelegate();
        var reference = FormulaFunction.Bind(f, NameArray.Vector("x", "y"));
        var points = Enumerable.Range(0, 2000).Select(i => new[] { i / 300.0 - 3, 1 - i / 700.0 }).ToArray();
        var expected = points.Select(p => reference.Evaluate(p)).ToArray();
        var actual = new double[points.Length];
        Parallel.For(0, points.Length, i => actual[i] = function(points[i]));
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(() => function([1.0]), Throws.ArgumentException.With.Message.Contains("reads 2 elements"));
        var ln = CompiledFormula.Compile(Formula.Parse("ln x").Expression).ToDelegate();
        Assert.That(() => ln([-1.0]), Throws.InstanceOf<EvaluationException>().With.Property("Kind").EqualTo(EvaluationErrorKind.Domain));
    }

    [Test]
    public void Nesting_to_the_parser_limit_compiles_and_evaluates_without_overflowing_the_stack()
    {
        var depth = Differentiator.Syntax.Limits.MaxNesting;
        var texts = new[]
        {
            Nesting.Nested("sin", depth),
            string.Concat(Enumerable.Repeat("(1 + x*", depth - 1)) + "x" + new string(')', depth - 1),
            string.Concat(Enumerable.Repeat("(x - ", depth - 1)) + "x" + new string(')', depth - 1),
            string.Concat(Enumerable.Repeat("x^", depth - 1)) + "x",
            string.Concat(Enumerable.Repeat("1/(1 + ", depth - 1)) + "x" + new string(')', depth - 1),
        };
        foreach (var text in texts)
        {
            var f = Formula.Parse(text).Expression;
            var compiled = Emitted(f, NameArray.Vector("x"));
            var point = new Dictionary<string, double> { ["x"] = 0.25 };
            Assert.That(compiled.Evaluate([0.25]), Is.EqualTo(Evaluator.Evaluate(f, point)));
            var tape = CompiledFormula.Compile(f, NameArray.Vector("x")).Runner;
            var fromTape = new double[1];
            Assert.That(tape.Gradient([0.25], fromTape), Is.True);
            Assert.That(compiled.Gradient([0.25]), Is.EqualTo(fromTape));
        }
    }

    [Test]
    public void A_sum_of_a_hundred_thousand_terms_runs_on_the_tape_and_says_why()
    {
        var f = Add(Enumerable.Range(1, 100_000).Select(k => Multiply(Number(k), Pow(Variable("x"), Number(k % 7)))));
        var compiled = CompiledFormula.Compile(f);
        Assert.That(compiled.CompileNow(), Is.False);
        Assert.That(compiled.InterpretedReason, Does.Contain("instructions; code is emitted for at most"));
        var point = new Dictionary<string, double> { ["x"] = 0.999 };
        Assert.That(compiled.Evaluate([0.999]), Is.EqualTo(Evaluator.Evaluate(f, point)));
        Assert.That(compiled.ToDelegate()([0.999]), Is.EqualTo(Evaluator.Evaluate(f, point)));
    }

    [Test]
    public void A_sum_of_two_thousand_terms_is_emitted_with_its_fold_in_the_evaluator_order()
    {
        var f = Add(Enumerable.Range(1, 2_000).Select(k => Multiply(Decimal(k / 7.0), Pow(Variable("x" + k % 50), Number(1 + k % 3)))));
        var names = NameArray.Vector([.. ExprVariables.InOrder(f)]);
        var compiled = Emitted(f, names);
        var x = Enumerable.Range(0, 50).Select(i => 0.3 + i / 37.0).ToArray();
        Assert.That(compiled.Evaluate(x), Is.EqualTo(FormulaFunction.Bind(f, names).Evaluate(x)));
        var fromTape = new double[50];
        Assert.That(compiled.Runner.Gradient(x, fromTape), Is.True);
        Assert.That(compiled.Gradient(x), Is.EqualTo(fromTape), "past the reverse-mode limit, on the tape");
    }

    [Test]
    public void Reverse_mode_is_emitted_after_the_interpreted_gradients()
    {
        var f = Formula.Parse("x^2 e^y sin(x y) + sqrt(x^2 + y^2)").Expression;
        var compiled = CompiledFormula.Compile(f, NameArray.Vector("x", "y"));
        var first = compiled.Gradient([0.3, 0.7]);
        for (var i = 0; i < CompiledFormula.InterpretedCalls + 1; i++) compiled.Gradient([0.3, 0.7]);
        Assert.That(compiled.Gradient([0.3, 0.7]), Is.EqualTo(first));
        Assert.That(compiled.IsEmitted, Is.False, "gradients do not emit the evaluation");
    }

    [Test]
    public void Emitted_reverse_mode_is_bit_identical_to_the_tape_runner()
    {
        var random = new RandomFormulas(23);
        var edges = new Random(9);
        var compared = 0;
        for (var i = 0; i < 600; i++)
        {
            var f = random.Next();
            var point = i % 4 == 3 ? EdgePoint(edges) : random.Point();
            var values = RandomFormulas.Values(point);
            var tape = CompiledFormula.Compile(f, RandomFormulas.AllNames).Runner;
            var expected = new double[4];
            var tapeOk = tape.Gradient(values, expected);
            var compiled = CompiledFormula.Compile(f, RandomFormulas.AllNames);
            compiled.CompileNow();
            var actual = Outcome(() => compiled.Gradient(values));
            if (tapeOk) Assert.That(actual, Is.EqualTo(Bits(expected)), $"{f} at {Text(point)}");
            else Assert.That(actual, Does.StartWith("error"), $"{f} at {Text(point)}");
            compared++;
        }
        Assert.That(compared, Is.EqualTo(600));
    }

    [Test]
    public void The_lecture_figures_come_out_of_emitted_code()
    {
        var problem3 = Emitted(LectureFormulas.Problem3, NameArray.Vector("x", "y"));
        var gradient = NumericGradient.Compute(problem3, NdArray.Parse("[1.0, 2.0]")).Gradient;
        Assert.That(gradient.GetDouble(0), Is.EqualTo(8.00000000005241));
        Assert.That(gradient.GetDouble(1), Is.EqualTo(15.000000000142675));
        var square = Emitted(LectureFormulas.Square, NameArray.Vector("x"));
        Assert.That(NumericGradient.Compute(square, NdArray.Parse("[3]")).Gradient.GetInt64(0), Is.EqualTo(249999));
        Assert.That(NumericGradient.Compute(square, NdArray.Parse("[3.0]")).Gradient.GetDouble(0), Is.EqualTo(6.000000000039306));
    }

    internal static CompiledFormula Emitted(Expr f, NameArray names)
    {
        var compiled = CompiledFormula.Compile(f, names);
        Assert.That(compiled.CompileNow(), Is.True, compiled.InterpretedReason);
        return compiled;
    }

    private static Dictionary<string, double> EdgePoint(Random random) =>
        new[] { "a", "b", "c", "d" }.ToDictionary(n => n, _ => random.Next(3) == 0 ? Math.Round(random.NextDouble() * 4 - 1, 3) : EdgeValues[random.Next(EdgeValues.Length)]);

    private static string Text(Dictionary<string, double> point) =>
        string.Join(", ", point.Select(p => $"{p.Key}={p.Value.ToString("R", CultureInfo.InvariantCulture)}"));
}
