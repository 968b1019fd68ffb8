using Differentiator.Expressions;
using Differentiator.Grading;
using FsCheck;
using FsCheck.Fluent;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Grading;

/// <summary>Invariants of grading over generated functions: the derivative in any printed form is correct, anything else is not, grades repeat.</summary>
public class GradingPropertyTests
{
    private static readonly MathFunction[] Smooth =
    [
        MathFunctions.Sin, MathFunctions.Cos, MathFunctions.Exp, MathFunctions.Ln, MathFunctions.Sqrt,
        MathFunctions.Atan, MathFunctions.Tanh, MathFunctions.Sigmoid, MathFunctions.Asin,
    ];

    private static Gen<Expr> Tree(int size) => size <= 1
        ? Gen.OneOf(Gen.Elements<Expr>(Variable("x"), Variable("x"), Variable("y")), Gen.Choose(-3, 5).Select(n => (Expr)Number(n)))
        : Gen.OneOf(
            Gen.Elements(Smooth).SelectMany(f => Tree(size - 1).Select(a => (Expr)Apply(f, a))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Add(a, b))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Multiply(a, b))),
            Tree(size / 2).SelectMany(a => Tree(size / 2).Select(b => Divide(a, b))),
            Tree(size - 1).SelectMany(a => Gen.Choose(2, 4).Select(n => Pow(a, Number(n)))));

    /// <summary>Functions of x (and maybe y) that can be graded: they depend on x and have sample points.</summary>
    private static Arbitrary<PreparedExercise> Exercises() => Arb.From(
        Gen.Sized(s => Tree(Math.Clamp(s, 2, 6)))
            .Select(f => f.ToString())
            .Select(Prepare)
            .Where(e => e is not null)
            .Select(e => e!));

    private static PreparedExercise? Prepare(string function)
    {
        if (!function.Contains('x')) return null;
        var yaml = $"exercises:\n  - id: p\n    function: \"{function}\"\n    wrt: x\n";
        var check = ExerciseSetCheck.Run(yaml, "p.yaml");
        return check.IsValid ? check.Prepared[0] : null;
    }

    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(40);

    [Test]
    public void The_derivative_printed_as_text_code_or_latex_is_correct() =>
        Check.One(Quick, Prop.ForAll(Exercises(), exercise =>
        {
            var expected = exercise.Expected[0];
            foreach (var answer in new[] { expected.ToText(), expected.ToCode(), expected.ToLatex() })
            {
                var grade = AnswerGrader.Grade(exercise, answer);
                if (grade.Verdict != AnswerVerdict.Correct)
                    throw new AssertionException($"d/dx {exercise.Exercise.Function.Source}: '{answer}' was graded {GradingFixtures.Describe(grade)}");
            }
            return true;
        }));

    [Test]
    public void The_derivative_plus_one_is_incorrect_and_diagnosed() =>
        Check.One(Quick, Prop.ForAll(Exercises(), exercise =>
        {
            var answer = $"{exercise.Expected[0].ToCode()} + 1";
            var grade = AnswerGrader.Grade(exercise, answer);
            if (grade.Verdict != AnswerVerdict.Incorrect || grade.Diagnosis is null || grade.Counterexample is null)
                throw new AssertionException($"d/dx {exercise.Exercise.Function.Source}: '{answer}' was graded {GradingFixtures.Describe(grade)}");
            return true;
        }));

    [Test]
    public void Grading_the_same_answer_twice_gives_the_same_grade() =>
        Check.One(Quick, Prop.ForAll(Exercises(), exercise =>
        {
            var answer = exercise.Exercise.Function.Source;
            var (a, b) = (AnswerGrader.Grade(exercise, answer), AnswerGrader.Grade(exercise, answer));
            return a.Verdict == b.Verdict && a.Feedback == b.Feedback && a.Diagnosis == b.Diagnosis && Equals(a.Counterexample?.Expected, b.Counterexample?.Expected);
        }));
}
