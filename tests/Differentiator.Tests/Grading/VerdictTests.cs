using Differentiator.Grading;
using static Differentiator.Tests.Grading.GradingFixtures;

namespace Differentiator.Tests.Grading;

/// <summary>The verdict layers: proof by canonical form, evidence at sample points in the domain, invalid with a caret.</summary>
public class VerdictTests
{
    [TestCase("x^3 e^x", "3x^2 e^x + x^3 e^x", Description = "expanded")]
    [TestCase("x^3 e^x", "x^2 e^x (x + 3)", Description = "factored")]
    [TestCase("x^3 e^x", "e^x x^3 + e^x 3 x^2", Description = "reordered")]
    [TestCase("x^3 e^x", "(3 + x) x^2 exp(x)", Description = "exp spelled")]
    [TestCase("(x + 1)^3", "3(x + 1)^2", Description = "factored power")]
    [TestCase("(x + 1)^3", "3x^2 + 6x + 3", Description = "expanded power")]
    [TestCase("2x^3 + 4x", "\\frac{6x^2 + 4}{1}", Description = "LaTeX fraction")]
    [TestCase("2x^3 + 4x", "\\frac{12x^2+8}{2}", Description = "LaTeX fraction with a factor")]
    [TestCase("x^3/3", "x²", Description = "Unicode superscript")]
    [TestCase("3x^2 + x", "6·x + 1", Description = "Unicode middle dot")]
    [TestCase("-x^2", "−2x", Description = "Unicode minus")]
    [TestCase("1/(1 + e^(-z))", "σ(z)(1 − σ(z))", Description = "the sigmoid's identity")]
    [TestCase("1/(1 + e^(-z))", "e^(-z)/(1 + e^(-z))^2", Description = "the sigmoid by the quotient rule")]
    [TestCase("sigmoid(z)", "sigmoid(z) (1 - sigmoid(z))", Description = "sigmoid as a function")]
    [TestCase("sin(x) cos(x)", "cos(2x)", Description = "a double-angle identity")]
    [TestCase("sin(x) cos(x)", "cos(x)^2 - sin(x)^2", Description = "the product rule's form")]
    [TestCase("sin(x) cos(x)", "1 - 2sin(x)^2", Description = "another form of cos(2x)")]
    [TestCase("x^2/4", "0.5x", Description = "a decimal")]
    [TestCase("x^2/4", "x/2", Description = "a fraction")]
    [TestCase("ln(3x)", "1/x", Description = "the constant of ln(3x) cancels")]
    [TestCase("ln(x^2)", "2/x", Description = "defined on both sides of 0")]
    [TestCase("e^(3x^2)", "6x e^(3x^2)", Description = "the lecture's chain rule")]
    [TestCase("3x^2 + e^x + 7", "6x + e^x", Description = "the lecture's rules")]
    [TestCase("ln(x) + 1/x", "1/x - 1/x^2", Description = "the lecture's second example")]
    [TestCase("ln(x) + 1/x", "(x - 1)/x^2", Description = "over a common denominator")]
    [TestCase("tan(x)", "1/cos(x)^2", Description = "a trigonometric identity")]
    [TestCase("tan(x)", "1 + tan(x)^2", Description = "another one")]
    [TestCase("asin(2x)", "2/sqrt(1 - 4x^2)", Description = "sampled inside |2x| < 1")]
    [TestCase("sqrt(x - 5)", "1/(2 sqrt(x - 5))", Description = "sampled at x > 5 only")]
    public void Equivalent_forms_are_correct(string function, string answer)
    {
        var grade = Grade(function, answer);
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Correct), Describe(grade));
        Assert.That(grade.Score, Is.EqualTo(1));
        Assert.That(grade.Counterexample, Is.Null);
    }

    [TestCase("3/sqrt(6x)")]
    [TestCase("\\frac{3}{\\sqrt{6x}}")]
    [TestCase("3/√(6x)")]
    [TestCase("√6/(2√x)")]
    [TestCase("sqrt(6)/(2 sqrt(x))")]
    [TestCase("3 (6x)^(-1/2)")]
    [TestCase("sqrt(3/(2x))")]
    public void The_derivative_of_sqrt_6x_is_checked_where_it_is_defined(string answer)
    {
        // WeBWorK's known failure: sampling at negative x, where neither side is defined, rejects correct answers.
        var exercise = Exercise("sqrt(6x)");
        Assert.That(exercise.Points.Rows.Select(r => r[0]), Has.All.GreaterThan(0));
        var grade = AnswerGrader.Grade(exercise, answer);
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Correct), Describe(grade));
    }

    [Test]
    public void Sample_points_keep_inside_a_declared_domain_and_away_from_poles()
    {
        var inside = Exercise("x^4", extra: "domain: {x: [2, 3]}");
        Assert.That(inside.Points.Rows.Select(r => r[0]), Has.All.InRange(2.0, 3.0));
        var poles = Exercise("1/(x - 1) + tan(x)");
        Assert.That(poles.Points.Rows.Select(r => Math.Abs(r[0] - 1)), Has.All.GreaterThanOrEqualTo(0.002));
        Assert.That(poles.Points.Rows.Select(r => Math.Abs(Math.Cos(r[0]))), Has.All.GreaterThanOrEqualTo(0.002));
        var kink = Exercise("abs(x - 0.5) x");
        Assert.That(kink.Points.Rows.Select(r => Math.Abs(r[0] - 0.5)), Has.All.GreaterThanOrEqualTo(0.002));
    }

    [Test]
    public void Sample_points_are_the_same_on_every_run_and_differ_between_exercises()
    {
        var a = Exercise("x^2 + 3x + 1").Points.Rows.Select(r => r[0]).ToList();
        var again = PreparedSet.Load("title: t\nexercises:\n  - id: e\n    function: \"x^2 + 3x + 1\"\n", "other.yaml").Exercises[0].Points.Rows.Select(r => r[0]).ToList();
        var other = PreparedSet.Load("title: t\nexercises:\n  - id: f\n    function: \"x^2 + 3x + 1\"\n", "other.yaml").Exercises[0].Points.Rows.Select(r => r[0]).ToList();
        Assert.That(again, Is.EqualTo(a));
        Assert.That(other, Is.Not.EqualTo(a));
        Assert.That(a, Has.Count.EqualTo(12));
    }

    [TestCase("x^2 + 3x + 1", "2x + 3.000000001", "tolerance: 1e-6", AnswerVerdict.Correct)]
    [TestCase("x^2 + 3x + 1", "2x + 3.000000001", "", AnswerVerdict.Incorrect)]
    [TestCase("x^2/6", "0.333333x", "tolerance: 1e-5", AnswerVerdict.Correct)]
    [TestCase("x^2/6", "0.333333x", "", AnswerVerdict.Incorrect)]
    [TestCase("x^2/6", "0.3333333333333333x", "", AnswerVerdict.Correct)]
    public void Decimals_count_within_the_exercise_tolerance(string function, string answer, string tolerance, AnswerVerdict verdict)
    {
        var grade = Grade(function, answer, extra: tolerance);
        Assert.That(grade.Verdict, Is.EqualTo(verdict), Describe(grade));
    }

    [Test]
    public void A_proof_by_canonical_form_needs_no_sample_point()
    {
        var grade = Grade("x^2 + 3x + 1", "3 + 2x");
        Assert.That(grade.Feedback, Is.EqualTo("Correct."));
        var evidence = Grade("sin(x) cos(x)", "1 - 2sin(x)^2");
        Assert.That(evidence.Feedback, Does.Contain("agrees with the derivative at all 12 sample points"));
    }

    [Test]
    public void An_incorrect_answer_has_a_counterexample_with_both_values()
    {
        var grade = Grade("x^2 + 3x + 1", "2x + 4");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
        var c = grade.Counterexample!;
        Assert.That(c.Point.Select(p => p.Key), Is.EqualTo(new[] { "x" }));
        var x = c.Point[0].Value;
        Assert.That(c.Expected, Is.EqualTo(2 * x + 3).Within(1e-12));
        Assert.That(c.Answer, Is.EqualTo(2 * x + 4).Within(1e-12));
        Assert.That(grade.Feedback, Does.Contain($"At x = {GradingNumbers.Format(x)} the derivative is"));
    }

    [Test]
    public void An_answer_undefined_where_the_derivative_is_defined_is_incorrect_with_the_reason()
    {
        var grade = Grade("x^2", "2x + ln(-1 - x^2)");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
        Assert.That(grade.Counterexample!.Answer, Is.Null);
        Assert.That(grade.Feedback, Does.Contain("your answer is undefined").And.Contain("ln"));
    }

    [TestCase("2x +", 4, "DX0008")]
    [TestCase("2x + q", 5, "DX0201")]
    [TestCase("2x + )", 5, "DX0006")]
    [TestCase("", 0, "DX0001")]
    [TestCase("[2x, 3]", 0, "DX0201")]
    public void An_unusable_answer_is_invalid_with_a_caret(string answer, int at, string code)
    {
        var grade = Grade("x^2 + 3x", answer);
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Invalid));
        Assert.That(grade.Error!.Code, Is.EqualTo(code));
        Assert.That(grade.Error.Span!.Value.Start, Is.EqualTo(at));
        Assert.That(grade.Feedback, Does.Contain("^"), "the feedback is the caret diagnostic");
        Assert.That(grade.Score, Is.Zero);
    }

    [Test]
    public void A_list_answer_needs_every_component_and_may_earn_a_share()
    {
        const string f = "wx + xyz + 3w + zy^2";
        var half = Grade(f, "[x + 3, w + yz, 0, 0]", "[w, x, y, z]", "points: 4");
        Assert.That(half.Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
        Assert.That(half.Score, Is.EqualTo(2));
        Assert.That(half.CorrectComponents, Is.EqualTo(2));
        Assert.That(half.Feedback, Does.StartWith("2 of 4 components are correct, which earns 2 of 4 points (partial credit)."));
        var none = Grade(f, "[x + 3, w + yz, 0, 0]", "[w, x, y, z]", "points: 4; partial: false");
        Assert.That(none.Score, Is.Zero);
        var wrongShape = Grade(f, "[x + 3, w + yz, xz + 2yz]", "[w, x, y, z]");
        Assert.That(wrongShape.Verdict, Is.EqualTo(AnswerVerdict.Invalid));
        Assert.That(wrongShape.Feedback, Does.Contain("The answer has 3 components; the exercise wants 4"));
        var parens = Grade(f, "(x + 3, w + yz, xz + 2yz, xy + y^2)", "[w, x, y, z]");
        Assert.That(parens.Verdict, Is.EqualTo(AnswerVerdict.Correct), Describe(parens));
    }

    [Test]
    public void A_caret_in_a_list_points_into_the_right_component()
    {
        var grade = Grade("2x + 3xy + y^3", "[2 + 3y, 3x + ]", "[x, y]");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Invalid));
        Assert.That(grade.Error!.Span!.Value.Start, Is.EqualTo(13), "right after the dangling +");
    }

    [TestCase("[8, 15]", AnswerVerdict.Correct)]
    [TestCase("[8.0, 15.0]", AnswerVerdict.Correct)]
    [TestCase("[8.0000001, 15]", AnswerVerdict.Correct)]
    [TestCase("[2 + 3*2, 3 + 3*4]", AnswerVerdict.Correct)]
    [TestCase("[8.01, 15]", AnswerVerdict.Incorrect)]
    [TestCase("[15, 8]", AnswerVerdict.Incorrect)]
    [TestCase("[8, 0/0]", AnswerVerdict.Incorrect)]
    [TestCase("[8, 15y]", AnswerVerdict.Invalid)]
    [TestCase("16", AnswerVerdict.Invalid)]
    public void A_value_exercise_compares_numbers_at_its_point(string answer, AnswerVerdict verdict)
    {
        var grade = Grade("2x + 3xy + y^3", answer, "[x, y]", "at: {x: 1.0, y: 2.0}; tolerance: 1e-6");
        Assert.That(grade.Verdict, Is.EqualTo(verdict), Describe(grade));
    }

    [Test]
    public void A_zero_derivative_takes_zero_in_any_form()
    {
        Assert.That(Grade("3y + 0x", "0", "x").Verdict, Is.EqualTo(AnswerVerdict.Correct));
        Assert.That(Grade("3y + 0x", "y - y", "x").Verdict, Is.EqualTo(AnswerVerdict.Correct));
        Assert.That(Grade("3y + 0x", "sin(x)^2 + cos(x)^2 - 1", "x").Verdict, Is.EqualTo(AnswerVerdict.Correct));
        Assert.That(Grade("3y + 0x", "0/0", "x").Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
        Assert.That(Grade("3y + 0x", "3", "x").Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
    }

    [Test]
    public void A_second_derivative_is_graded_against_the_second_derivative()
    {
        Assert.That(Grade("e^(3x^2)", "(36x^2 + 6) e^(3x^2)", extra: "order: 2").Verdict, Is.EqualTo(AnswerVerdict.Correct));
        Assert.That(Grade("e^(3x^2)", "6x e^(3x^2)", extra: "order: 2").Verdict, Is.EqualTo(AnswerVerdict.Incorrect));
    }

    [Test]
    public void Ambiguous_readings_are_noted_in_the_feedback()
    {
        var grade = Grade("cos(2x)", "-2 sin 2x");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Correct));
        Assert.That(grade.Feedback, Does.Contain("'sin 2x' is read as sin(2x)"));
        Assert.That(Grade("x y", "y", "x").Feedback, Is.EqualTo("Correct."), "xy as x·y needs no note");
    }
}
