using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using Differentiator.Expressions.Evaluation;
using static Differentiator.Expressions.Expr;
using static Differentiator.Tests.Calculus.Numeric.Outcomes;

namespace Differentiator.Tests.Calculus.Numeric;

public class CompiledFormulaTests
{
    [Test]
    public void Evaluation_is_bit_identical_to_the_tree_evaluator_or_fails_the_same_way()
    {
        var random = new RandomFormulas(7);
        var compared = 0;
        for (var i = 0; i < 3000; i++)
        {
            var f = random.Next();
            var point = random.Point();
            var compiled = CompiledFormula.Compile(f, RandomFormulas.AllNames);
            var expected = Outcome(() => Evaluator.Evaluate(f, point));
            var actual = Outcome(() => compiled.Evaluate(RandomFormulas.Values(point)));
            Assert.That(actual, Is.EqualTo(expected), f.ToString());
            compared++;
        }
        Assert.That(compared, Is.EqualTo(3000));
    }

    [Test]
    public void Every_entry_point_refuses_an_input_of_the_wrong_length_with_one_message()
    {
        var f = Formula.Parse("x + y").Expression;
        var compiled = CompiledFormula.Compile(f);
        double[] one = [1.0];
        NUnit.Framework.Constraints.IResolveConstraint Message() => Throws.ArgumentException.With.Message.StartsWith("The formula reads 2 elements, not 1.").And.Property("ParamName").EqualTo("elements");
        Assert.That(() => FormulaFunction.Bind(f).Evaluate(one), Message());
        Assert.That(() => compiled.Evaluate(one), Message()); // interpreted tier
        Assert.That(() => compiled.Gradient(one, new double[2]), Message());
        var emitted = compiled.ToDelegate(); // compiles now: the emitted array entry point
        Assert.That(compiled.IsEmitted, Is.True);
        Assert.That(() => emitted(one), Message());
        Assert.That(() => compiled.Evaluate(one), Message());
    }

    [Test]
    public void The_array_overload_gives_the_span_overloads_values_through_the_tiers()
    {
        var f = Formula.Parse("x^2 e^x sin x + y").Expression;
        var compiled = CompiledFormula.Compile(f);
        var reference = CompiledFormula.Compile(f);
        for (var i = 0; i <= CompiledFormula.InterpretedCalls + 2; i++)
        {
            double[] x = [0.1 * i - 3, 1.0 / (i + 1)];
            Assert.That(BitConverter.DoubleToInt64Bits(compiled.Evaluate(x)), Is.EqualTo(BitConverter.DoubleToInt64Bits(reference.Evaluate(x.AsSpan()))), $"call {i}");
        }
        Assert.That(compiled.IsEmitted, Is.True);
        Assert.That(() => compiled.Evaluate([1.0]), Throws.ArgumentException.With.Message.StartsWith("The formula reads 2 elements, not 1."));
        Assert.That(() => compiled.Evaluate(new double[1]), Throws.ArgumentException.With.Message.StartsWith("The formula reads 2 elements, not 1.").And.Property("ParamName").EqualTo("elements"));
        Assert.That(() => compiled.Evaluate((double[])null!), Throws.ArgumentNullException);
        Assert.That(() => CompiledFormula.Compile(f).Evaluate((double[])null!), Throws.ArgumentNullException, "interpreted tier");
        Assert.That(Outcome(() => compiled.Evaluate(new[] { 1000.0, 0 })), Is.EqualTo(Outcome(() => Evaluator.Evaluate(f, new Dictionary<string, double> { ["x"] = 1000, ["y"] = 0 }))));
    }

    [Test]
    public void A_constant_formula_checks_its_length_once_emitted([Values(0, 1)] int count)
    {
        var compiled = CompiledFormula.Compile(Formula.Parse("7").Expression, NameArray.Vector([.. Enumerable.Range(0, count).Select(i => "x" + i)]));
        Assert.That(compiled.CompileNow(), Is.True);
        Assert.That(compiled.Evaluate(new double[count]), Is.EqualTo(7.0));
        Assert.That(() => compiled.Evaluate(new double[count + 1]),
            Throws.ArgumentException.With.Message.StartsWith($"The formula reads {count} elements, not {count + 1}.").And.Property("ParamName").EqualTo("elements"));
    }

    [Test]
    public void Perturbed_evaluation_is_bit_identical_to_perturb_evaluate_restore([Values] bool emit)
    {
        var random = new RandomFormulas(11);
        for (var i = 0; i < 1500; i++)
        {
            var f = random.Next();
            var point = random.Point();
            var values = RandomFormulas.Values(point);
            var compiled = CompiledFormula.Compile(f, RandomFormulas.AllNames);
            if (emit) compiled.CompileNow();
            var reference = FormulaFunction.Bind(f, RandomFormulas.AllNames);
            int[][] batches = [[0, 1, 2, 3], [2], [3, 1], [0]];
            foreach (var batch in batches)
            {
                var firsts = batch.Select(e => values[e] + 1e-5).ToArray();
                var seconds = batch.Select(e => values[e] - 1e-5).ToArray();
                var expected = Outcome(() => string.Join(";", batch.Select((e, j) => PerturbedPair(reference, values, e, firsts[j], seconds[j]))));
                var actual = Outcome(() =>
                {
                    var a = new double[batch.Length];
                    var b = new double[batch.Length];
                    compiled.EvaluatePerturbed(values, batch, firsts, seconds, a, b);
                    return string.Join(";", batch.Select((_, j) => $"{Bits(a[j])},{Bits(b[j])}"));
                });
                Assert.That(actual, Is.EqualTo(expected), f.ToString());
            }
        }
    }

    [Test]
    public void Batches_of_a_long_sum_with_repeated_variables_are_bit_identical()
    {
        // Each variable appears in several terms, so the batched folds stop at many changed terms.
        var names = Enumerable.Range(1, 20).Select(i => "v" + i).ToArray();
        var terms = Enumerable.Range(0, 60).Select(i => Multiply(Decimal(0.1 * (i + 1)), Pow(Variable(names[i % 20]), Number(1 + i % 3))));
        var f = Add(terms);
        var x = NdArray.Vector([.. Enumerable.Range(0, 20).Select(i => 0.3 + i * 0.07)]);
        var fast = NumericGradient.Compute(CompiledFormula.Compile(f, NameArray.Vector(names)), x).Gradient.ToDoubleArray();
        var slow = NumericGradient.Compute(FormulaFunction.Bind(f, NameArray.Vector(names)), x).Gradient.ToDoubleArray();
        Assert.That(fast.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(slow.Select(BitConverter.DoubleToInt64Bits)));
    }

    [Test]
    public void Compiled_gradient_reproduces_the_lecture_figures(
        [ValueSource(typeof(LectureReference), nameof(LectureReference.LectureCaseIds))] string id, [Values] bool emit)
    {
        var c = LectureReference.LectureCase(id);
        var slow = LectureGradientTests.Run(c);
        var names = c.TryGetProperty("vars", out var vars) ? NameArray.Parse(vars.GetRawText().Replace("\"", "", StringComparison.Ordinal)) : NameArray.Vector("x");
        var f = LectureFormulas.ByText(c.GetProperty("f").GetString()!);
        var compiled = emit ? EmittedEvaluationTests.Emitted(f, names) : CompiledFormula.Compile(f, names);
        var fast = NumericGradient.Compute(compiled, slow.Input, slow.Options);
        Assert.That(fast.Gradient.ToDoubleArray().Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(slow.Gradient.ToDoubleArray().Select(BitConverter.DoubleToInt64Bits)));
        Assert.That(fast.Warnings.Select(w => w.Message), Is.EqualTo(slow.Warnings.Select(w => w.Message)));
    }

    [Test]
    public void Reverse_mode_gradient_matches_dual_numbers()
    {
        var random = new RandomFormulas(3);
        var checkedCount = 0;
        for (var i = 0; i < 500; i++)
        {
            var f = random.Next();
            var point = random.Point();
            double[] gradient;
            try { gradient = CompiledFormula.Compile(f, RandomFormulas.AllNames).Gradient(RandomFormulas.Values(point)); }
            catch (EvaluationException) { continue; }
            var names = new[] { "a", "b", "c", "d" };
            for (var k = 0; k < names.Length; k++)
            {
                var dual = DualDerivative.Partial(f, point, names[k]);
                if (!double.IsFinite(dual)) continue;
                Assert.That(gradient[k], Is.EqualTo(dual).Within(1e-9).Percent.Or.EqualTo(dual).Within(1e-12), $"{f} d/d{names[k]}");
                checkedCount++;
            }
        }
        Assert.That(checkedCount, Is.GreaterThan(500));
    }

    [Test]
    public void Sum_of_a_thousand_squares_has_the_gradient_two_x()
    {
        var n = 1000;
        var f = Add(Enumerable.Range(1, n).Select(i => Pow(Variable("x" + i), Number(2))));
        var compiled = CompiledFormula.Compile(f);
        var x = Enumerable.Range(1, n).Select(i => i / 7.0).ToArray();
        Assert.That(compiled.Gradient(x), Is.EqualTo(x.Select(v => 2 * v)));
        var numeric = NumericGradient.Compute(compiled, NdArray.Vector(x)).Gradient.ToDoubleArray();
        var slow = NumericGradient.Compute(FormulaFunction.Bind(f), NdArray.Vector(x)).Gradient.ToDoubleArray();
        Assert.That(numeric, Is.EqualTo(slow));
        Assert.That(compiled.InstructionCount, Is.EqualTo(2 * n + 2), "n loads, n powers, one shared constant 2, one sum");
    }

    [Test]
    public void Undefined_points_fail_as_the_evaluator_does()
    {
        var f = Apply(MathFunctions.Ln, Variable("x"));
        var compiled = CompiledFormula.Compile(f);
        Assert.That(() => compiled.Evaluate([-1.0]), Throws.InstanceOf<EvaluationException>().With.Property("Kind").EqualTo(EvaluationErrorKind.Domain));
        Assert.That(() => compiled.Gradient([-1.0]), Throws.InstanceOf<EvaluationException>());
    }
}
