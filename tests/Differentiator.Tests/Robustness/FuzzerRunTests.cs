using System.Diagnostics;
using Differentiator.Expressions;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Pipeline;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Robustness;

/// <summary>
/// The fuzzer of issue 13 (<c>tests/Differentiator.Fuzz</c>, see docs/notes/fuzzing.md) in the
/// suite: a seeded run of 1,500 inputs that must find nothing, and the proof that its child process turns a
/// stack overflow, a hang and a crash into findings instead of ending the run.
/// </summary>
[NonParallelizable]
public class FuzzerRunTests
{
    [Test]
    public void A_short_seeded_run_of_the_whole_pipeline_finds_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("dx-fuzz-findings-").FullName;
        try
        {
            // A fixed number of inputs, not of seconds, so that the run is the same on every machine (15 to 30 s here); the time is only a cap.
            var run = FuzzProcess.Run(TimeSpan.FromMinutes(15), "--executions", "1500", "--seconds", "600", "--seed", "13", "--out", folder, "--dx-every", "100");
            TestContext.Out.WriteLine(run.Out);
            Assert.That(run.ExitCode, Is.EqualTo(0), $"The fuzzer found something; the reproducers:{Environment.NewLine}{run.Out}{run.Error}");
            Assert.That(run.Out, Does.Contain("findings: 0 distinct"));
            Assert.That(run.Out, Does.Contain("executions: 1,500 in").And.Contain("plus 15 runs of dx; inputs 0 to 1,499 of seed 13"), "every input ran, within the cap");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_worker_process_turns_a_stack_overflow_a_hang_and_a_crash_into_findings()
    {
        var run = FuzzProcess.Run(TimeSpan.FromMinutes(5), "--self-test");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Out + run.Error);
        Assert.That(run.Out, Does.Contain("found Crash [stack overflow]").And.Contain("found Hang").And.Contain("found Crash [self test"));
    }

    [TestCase("(w)^-3226-E", "w", 1.5041)] // the derivative's denominator overflows a double; the true value underflows to 0
    [TestCase("cbrt(sigmoid(-999x))", "x", 0.7716)] // the derivative divides by cbrt(e^-770)^2, which underflows to 0
    [TestCase("((3)x){1e308}|7|{e}", "x", -0.0189)] // the derivative, 5.7e309, is beyond doubles
    [TestCase("(3x^1e308)", "x", 0.3473)] // 3·1e308 overflows and meets x^1e308 = 0
    [TestCase("(1e15/x - 7.422) x", "x", 2.9725)] // 1e15/x·x is exactly 1e15 to the simplifier, a rounded one to the numeric methods
    [TestCase("log(9e-324 |x|)", "x", 1.3378)] // 9e-324·|x| is subnormal: f is a staircase the numeric methods cannot follow
    public void The_derivative_check_does_not_judge_a_value_beyond_the_double_range(string text, string variable, double at)
    {
        var formula = Formula.Parse(text);
        var facade = new Dictionary<string, Formula> { [variable] = formula.Differentiate(variable) };
        Assert.That(() => DerivativeCheck.Run(formula, Point.Of((variable, at)), facade), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_does_not_judge_terms_that_cancel_to_rounding_noise()
    {
        // f = (π|x|)²/(ln(y)^8 |x|²) is constant in x: the derivative's two terms of about 1e8 differ by 1.5e-8, the dual numbers say 1.2e-8.
        var formula = Formula.Parse("||x|π|²÷log(y)⁸÷|x|²");
        var point = Point.Of(("x", -2.9875), ("y", 1.1342));
        var facade = new Dictionary<string, Formula> { ["x"] = formula.Differentiate("x") };
        Assert.That(() => DerivativeCheck.Run(formula, point, facade), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_allows_the_rounding_of_large_terms_that_cancel()
    {
        // Input 1167904 of seed 2030: terms of about 1e7 leave 0.58, and evaluations differ in the ninth digit.
        var formula = Formula.Parse("[t y/2.9802322387695312e-08 + -x_max - t]/y");
        var point = Point.Of(("t", -2.5452), ("y", -2.891), ("x_max", -2.3035));
        var facade = new Dictionary<string, Formula> { ["y"] = formula.Differentiate("y") };
        Assert.That(() => DerivativeCheck.Run(formula, point, facade), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_takes_the_complex_step_as_confirmation_where_the_difference_cancels()
    {
        // f is about 1e-14 and f' about 1e-25: the central difference cancels to 0 and the dual numbers fail, the complex step agrees.
        var formula = Formula.Parse("|−−∛y⁶ {{3.}xx1}(e)³|^-28/t√(sinh(+ 0 x)^x 4 - aco) + −{+ 3}so");
        var point = Point.Of(("y", -0.2478), ("x", 0.8336), ("x1", -2.845), ("t", -0.8631), ("a", 0.9185), ("c", -1.8228), ("o", 1.7738), ("s", -0.0138));
        var facade = new Dictionary<string, Formula> { ["x"] = formula.Differentiate("x") };
        Assert.That(() => DerivativeCheck.Run(formula, point, facade), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_does_not_judge_the_power_rule_log_of_a_base_at_most_zero()
    {
        // ∂/∂Δ of (36x)^max(8, -Δ) at x = -2.99 is 0; the textbook form has ln(36x)·(step(8 + Δ) - 1), undefined in the reals.
        var formula = Formula.Parse("(36x)^max(8, -Delta)");
        var point = Point.Of(("x", -2.9893), ("Δ", -0.3493));
        var facade = new Dictionary<string, Formula> { ["Δ"] = formula.Differentiate("Δ") };
        Assert.That(() => DerivativeCheck.Run(formula, point, facade), Throws.Nothing);
        // The same at a base of 0: relu(e·x1 - 18) is 0 at x1 = -0.15, the exponent 0.32.
        formula = Formula.Parse("relu(e x1 - 18)^max(x, -z)");
        point = Point.Of(("x1", -0.1492), ("x", -2.2508), ("z", -0.3223));
        facade = new Dictionary<string, Formula> { ["x"] = formula.Differentiate("x") };
        Assert.That(() => DerivativeCheck.Run(formula, point, facade), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_judges_a_product_whose_running_value_underflows_by_its_value_without_underflow()
    {
        // Input 1534979 of seed 2030: 4,586 letters. ∂/∂c is 177a^177 b^177 c^176 … e^177: the small powers come first, the
        // running product underflows and the value in doubles is -0 where the dual numbers and the complex step give -513.12.
        var formula = Formula.Parse(string.Concat(Enumerable.Repeat("abcdefghijklmnopqrstuvwxyz", 176)) + "abcdefghij");
        var point = Point.Parse("a = 2.3388, b = -0.3971, c = 0.077, d = 1.3, f = 0.7382, g = -1.4915, h = 1.9869, i = 2.7484, j = -1.3653, " +
            "k = -0.2061, l = 0.1492, m = 2.328, n = 0.0821, o = -0.4066, p = -1.5591, q = -1.1232, r = 0.6432, s = 1.5866, t = 2.0004, " +
            "u = -2.2323, v = 2.107, w = 2.3271, x = -2.3609, y = 2.313, z = 0.9322");
        var derivative = formula.Differentiate("c");
        Assert.That(derivative.Evaluate(point), Is.EqualTo(0.0), "in doubles the running product underflows");
        Assert.That(RunningProducts.Underflow(derivative.Expression, point.Values), Is.True);
        Assert.That(RunningProducts.ValueWithoutUnderflow(derivative.Expression, point.Values), Is.EqualTo(-513.1201364689374).Within(1e-9).Percent);
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { ["c"] = derivative }), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_still_catches_a_wrong_derivative_whose_running_product_underflows()
    {
        // t·(a w b x c y d z)^100 spelled out: f's own running product stays near 1, the derivative's a^100 b^100 c^100 d^100 underflows.
        var formula = Formula.Parse("t*" + string.Join("*", Enumerable.Repeat("a*w*b*x*c*y*d*z", 100)));
        var point = Point.Parse("t = 1.3, a = 0.0507, b = 0.0507, c = 0.0507, d = 0.0507, w = 19.7, x = 19.7, y = 19.7, z = 19.7");
        var right = formula.Differentiate("t");
        Assert.That(RunningProducts.Underflow(right.Expression, point.Values), Is.True, right.ToText());
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { ["t"] = right }), Throws.Nothing);
        var wrong = Formula.FromExpression(Expr.Multiply(Rational.Of(2), right.Expression));
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { ["t"] = wrong }),
            Throws.InstanceOf<FailureException>().With.Property(nameof(FailureException.Failure)).Property(nameof(Failure.Kind)).EqualTo(FindingKind.WrongDerivative));
    }

    [Test]
    public void The_derivative_check_allows_the_rounding_of_a_sum_of_f_whose_terms_cancel()
    {
        // Input 720391 of seed 2031: π²x^30 + -x + x is 1.9e-13 made of terms of 0.35, so f in doubles is off by up to 1.2e-3
        // relative; the symbolic 10π^(2/3)x^9 is right to 16 digits, the dual numbers and the complex step are off by 3.1e-5.
        var formula = Formula.Parse("y + |(x_2) - -2.9802322387695312e-08 + -0| + cbrt(sqrt(x)^60*pi pi + -x + x)");
        var point = Point.Of(("y", 0.7395), ("x2", -2.4179), ("x", 0.3489));
        Assert.That(formula.Differentiate("x").Evaluate(point), Is.EqualTo(0.0016433950461252314).Within(1e-12).Percent);
        AssertRightIsNotJudgedAndOnePercentOffIs(formula, point, "x");
    }

    [Test]
    public void The_derivative_check_allows_what_the_rounding_of_a_large_argument_does_to_the_derivative()
    {
        // Input 19780 of seed 2032: the argument x + 9^8·e·e is 3.2e8, known to one rounding (6e-8); the symbolic
        // derivative (e² as exp(2)) and the dual numbers (e·e) land 3.9e-7 apart relative, both right within that.
        var formula = Formula.Parse("csc(x+(9)⁸ee)");
        var point = Point.Of(("x", -2.3296));
        Assert.That(formula.Differentiate("x").Evaluate(point), Is.EqualTo(0.16396994192816393).Within(1e-4).Percent);
        AssertRightIsNotJudgedAndOnePercentOffIs(formula, point, "x");
    }

    [Test]
    public void The_derivative_check_allows_what_doubles_make_of_a_constant_part()
    {
        // Input 131819 of seed 2034: sqrt(8)^22 is exactly 8589934592 for the simplifier and 8589934592.000013 in
        // doubles, which moves csc² of it by 1.9e-5 relative; the symbolic derivative is the right one.
        var formula = Formula.Parse("csc^2(sqrt(8)^22){z}");
        var point = Point.Of(("z", 0.1103));
        Assert.That(formula.Differentiate("z").Evaluate(point), Is.EqualTo(1.4891717681548597).Within(1e-12).Percent);
        AssertRightIsNotJudgedAndOnePercentOffIs(formula, point, "z");
    }

    [TestCase("\\sqrt[4]{\\frac{x1}{x}^{-49} + y + -y} - \\frac{y}{123456789012345678901234567890}", "x1", "x1=2.9555, x=1.1203, y=-2.2597")]
    [TestCase("cbrt({x_max}**-96 + x - x)**min(0.359, x_2) + +E*5", "x_max", "x_max=2.0491, x=-1.3662, x2=2.6317")]
    [TestCase("log(-e/e x + x)·[x1]×{π} − (x)e", "x1", "x=-0.2408, x1=-2.2493")]
    public void The_derivative_check_does_not_judge_where_a_sum_of_f_is_0_in_only_one_arithmetic(string text, string variable, string at)
    {
        // Inputs 415586 and 906071 of seed 2034: a term of 1e-21 or 1e-30 is lost beside y + -y (x - x) in doubles.
        // Input 603714 of seed 2035: -e/e·x + x is exactly 0 (ln of it undefined), but not in doubles.
        var formula = Formula.Parse(text);
        var point = Point.Parse(at);
        var partial = formula.Differentiate(variable);
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { [variable] = partial }), Throws.Nothing);
    }

    [Test]
    public void The_derivative_check_allows_the_rounding_of_a_cancelling_sum_of_the_derivative()
    {
        // Input 908361 of seed 2035, minimised: the derivative has sqrt(1 - x2^4.6e-07), a sum of 3e-9 made of terms of 1.
        var formula = Formula.Parse("t∛(acos x_2^23e-08·4871)osh 2 + |{t}÷y x|×x");
        var point = Point.Parse("t=-0.7918, x2=0.9934, o=-2.2232, s=-1.3289, h=0.0054, y=2.5821, x=-0.1055");
        AssertRightIsNotJudgedAndOnePercentOffIs(formula, point, "x2");
    }

    [Test]
    public void The_derivative_check_does_not_judge_a_function_at_a_singularity_only_in_doubles()
    {
        // Input 2049370 of seed 2036: (x + 1)^1e-15 rounds to 1, where asin′ is undefined; f is π/2 in doubles.
        var formula = Formula.Parse("asin((x + 1)^1e-15)");
        var point = Point.Parse("x=-0.0491");
        var partial = formula.Differentiate("x");
        Assert.That(partial.Evaluate(point), Is.EqualTo(1.048e-7).Within(10).Percent, "the symbolic value, 1.048e-7 exactly");
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { ["x"] = partial }), Throws.Nothing);
    }

    [Test]
    public void Conditioning_moves_each_coordinate_alone_too()
    {
        // Input 516445 of seed 2037: sec(5(x/x2)^80) has the argument 5e5; moving x and x2 together leaves it where it is.
        var derivative = Formula.Parse("sec\\frac{x2}{x}^{-80}{5}").Differentiate("x2");
        var point = new Dictionary<string, double> { ["x2"] = 2.397, ["x"] = -2.8478 };
        Assert.That(Conditioning.IsIll(derivative, point, derivative.Evaluate(point)), Is.True);
        Assert.That(Conditioning.IsIll(Formula.Parse("x/x2 + x2"), point, -2.8478 / 2.397 + 2.397), Is.False);
    }

    [Test]
    public void The_python_read_back_does_not_judge_a_formula_with_a_subnormal_part()
    {
        // Input 425170 of seed 2035: Python multiplies 91·5e-324 by 1 + exp(-4.197) where our tree divides by sigmoid,
        // and the subnormal product rounds to 92·5e-324 one way: 1446.96 against 1452.76.
        var formula = Formula.Parse("\\frac{\\left|1.0\\right| 4.9e-324/4.9e-324}{\\sigma(4.197) z x_2} \\times \\arctan^-1(41) \\times -91");
        var point = new Dictionary<string, double> { ["z"] = 0.5, ["x2"] = 1.5 };
        var python = Differentiator.Fuzz.Pipeline.PrintedForms.All.Single(f => f.Name == "ToCode(Python)");
        var back = ReadBackCheck.Parse("read back", python.Print(formula.Expression)).Formula!;
        Assert.That(back.Evaluate(point), Is.Not.EqualTo(formula.Evaluate(point)).Within(0.1).Percent, "the two orders round the subnormal product apart");
        Assert.That(Conditioning.HasSubnormalPart(formula.Expression, point), Is.True);
        Assert.That(() => ReadBackCheck.Run("f", formula, point), Throws.Nothing);
    }

    /// <summary>The right derivative passes the check; one 1 % off is beyond any rounding rule and still a finding.</summary>
    private static void AssertRightIsNotJudgedAndOnePercentOffIs(Formula formula, Point point, string variable)
    {
        var derivative = formula.Differentiate(variable);
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { [variable] = derivative }), Throws.Nothing);
        var wrong = Formula.FromExpression(Expr.Multiply(Rational.Of(101, 100), derivative.Expression));
        Assert.That(() => DerivativeCheck.Run(formula, point, new Dictionary<string, Formula> { [variable] = wrong }),
            Throws.InstanceOf<FailureException>().With.Property(nameof(FailureException.Failure)).Property(nameof(Failure.Kind)).EqualTo(FindingKind.WrongDerivative));
    }

    [Test]
    public void The_derivative_check_still_catches_a_wrong_derivative()
    {
        var formula = Formula.Parse("x^2");
        var wrong = new Dictionary<string, Formula> { ["x"] = Formula.Parse("3x") };
        Assert.That(() => DerivativeCheck.Run(formula, Point.Of(("x", 0.7716)), wrong),
            Throws.InstanceOf<FailureException>().With.Property(nameof(FailureException.Failure)).Property(nameof(Failure.Kind)).EqualTo(FindingKind.WrongDerivative));
    }

    [Test]
    public void A_library_call_over_the_limit_of_processor_time_is_a_hang()
    {
        var limit = Guard.CallLimit;
        Guard.CallLimit = TimeSpan.FromMilliseconds(50);
        try
        {
            Assert.That(() => Guard.Run("spin", () => Spin(TimeSpan.FromMilliseconds(300))),
                Throws.InstanceOf<FailureException>().With.Property(nameof(FailureException.Failure)).Property(nameof(Failure.Kind)).EqualTo(FindingKind.Hang));
            Assert.That(Guard.Run("quick", () => { }), Is.True);
        }
        finally
        {
            Guard.CallLimit = limit;
        }
    }

    private static void Spin(TimeSpan cpu)
    {
        var start = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        while (Environment.CpuUsage.TotalTime - start < cpu && wall.Elapsed < TimeSpan.FromSeconds(30)) Thread.SpinWait(1000);
    }

    [Test]
    public void Delta_debugging_keeps_only_what_the_failure_needs()
    {
        var minimised = Minimiser.Minimise("2x + sin(3y) + |z| ^ 4", text => text.Contains('|') && text.Contains('^'), 1000, TimeSpan.FromSeconds(30));
        Assert.That(minimised, Is.EqualTo("|^").Or.EqualTo("^|"));
    }

    [Test]
    public void A_reproducer_keeps_lone_surrogates_and_line_breaks_exactly()
    {
        var folder = Directory.CreateTempSubdirectory("dx-fuzz-reproducer-").FullName;
        try
        {
            var input = "x\uD800+\n\0y";
            var finding = new Finding(new Failure(FindingKind.Crash, "sig", "message"), 7, input);
            var written = ReproducerWriter.Write(folder, 1, finding, seed: 3);
            var (read, index, seed, kind) = ReproducerWriter.Read(Path.Combine(written, "input.json"));
            Assert.That((read, index, seed, kind), Is.EqualTo((input, 7L, 3, "Crash")));
            Assert.That(ReproducerWriter.Show(input), Is.EqualTo("\"x\\uD800+\\u000A\\u0000y\""));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
