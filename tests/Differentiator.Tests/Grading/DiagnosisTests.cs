using Differentiator.Grading;
using static Differentiator.Tests.Grading.GradingFixtures;

namespace Differentiator.Tests.Grading;

/// <summary>Every diagnosis code, several answers each: the mistake named, with a sentence naming the part of the function.</summary>
public class DiagnosisTests
{
    [TestCase("x^2 + 3x + 1", "x^2 + 3x + 1", null)]
    [TestCase("sin(x)", "sin(x)", null)]
    [TestCase("e^(3x^2)", "e^(3x^2)", null)]
    [TestCase("2x + 3xy + y^3", "2x + 3xy + y^3", "x")]
    public void Unchanged(string f, string answer, string? wrt) => Expect(f, answer, wrt, DiagnosisCode.Unchanged, "itself");

    [TestCase("x^2 + 3x + 1", "x^3/3 + 3x^2/2 + x", null)]
    [TestCase("cos(x)", "sin(x)", null)]
    [TestCase("e^(2x)", "e^(2x)/2", null)]
    [TestCase("3x^2 + e^x + 7", "x^3 + e^x + 7x", null)]
    [TestCase("x", "x^2/2", null)]
    public void Antiderivative(string f, string answer, string? wrt) => Expect(f, answer, wrt, DiagnosisCode.Antiderivative, "integrated");

    [TestCase("x sin y + y^2", "sin y", "y")]
    [TestCase("2x + 3xy + y^3", "3x + 3y^2", "x")]
    [TestCase("x^2 y^3", "2x y^3", "y")]
    public void WrongVariable(string f, string answer, string? wrt) => Expect(f, answer, wrt, DiagnosisCode.WrongVariable, "instead of by");

    [TestCase("x sin y + y^2", "sin y + x cos y + 2y", "y")]
    [TestCase("2x + 3xy + y^3", "3x + 3y^2 + 2 + 3y", "y")]
    [TestCase("x^2 y", "x^2 + 2xy", "y")]
    public void OtherVariableNotConstant(string f, string answer, string? wrt) => Expect(f, answer, wrt, DiagnosisCode.OtherVariableNotConstant, "is a constant");

    [TestCase("cos(2x)", "-sin(2x)")]
    [TestCase("sqrt(x^2 + 1)", "1/(2sqrt(x^2 + 1))")]
    [TestCase("(x^2 + 1)^3", "3(x^2 + 1)^2")]
    [TestCase("ln(3x)", "1/(3x)")]
    [TestCase("2^(3x)", "2^(3x) ln(2)")]
    public void MissingChainFactor(string f, string answer) => Expect(f, answer, null, DiagnosisCode.MissingChainFactor, "contributes a factor");

    [Test]
    public void Missing_chain_factor_names_the_inner_function()
    {
        var grade = Grade("sin(x^2)", "cos(x^2)");
        Assert.That(grade.Diagnosis, Is.EqualTo(DiagnosisCode.MissingChainFactor));
        Assert.That(grade.Feedback, Does.StartWith("You differentiated sin(x^2) as cos(x^2): the inner function x^2 contributes a factor 2x."));
    }

    [TestCase("x^3 e^x", "3x^2 e^x", "the term x^3 e^x is missing")]
    [TestCase("x^2 sin(x)", "2x sin(x)", "the term x^2 cos(x) is missing")]
    [TestCase("x^2 sin(x)", "x^2 cos(x)", "the term 2x sin(x) is missing")]
    [TestCase("x^2 sin(x)", "2x cos(x)", "the product of the derivatives")]
    [TestCase("x e^x", "e^x", "the product x e^x")]
    public void ProductRule(string f, string answer, string part) => Expect(f, answer, null, DiagnosisCode.ProductRule, part);

    [TestCase("(2x + 1)/(x + 3)", "5/(x + 3)", "without squaring the denominator")]
    [TestCase("(2x + 1)/(x + 3)", "-5/(x + 3)^2", "numerator's terms swapped")]
    [TestCase("(2x + 1)/(x + 3)", "2", "u'/v'")]
    [TestCase("sin(x)/x", "(sin(x) - x cos(x))/x^2", "numerator's terms swapped")]
    [TestCase("x/(x + 1)", "1/(x + 1)", "without squaring the denominator")]
    public void QuotientRule(string f, string answer, string part) => Expect(f, answer, null, DiagnosisCode.QuotientRule, part);

    [TestCase("x^5", "5x^5", "lowers the exponent")]
    [TestCase("x^5", "x^4", "brings the exponent 5 down")]
    [TestCase("x^3 + x", "3x^3 + 1", "You differentiated x^3 as 3x^3")]
    [TestCase("sqrt(x)", "sqrt(x)/2", "sqrt(x)")]
    [TestCase("1/x^2", "-2/x^2", "lowers the exponent")]
    public void PowerRule(string f, string answer, string part) => Expect(f, answer, null, DiagnosisCode.PowerRule, part);

    [TestCase("x^2 + 3x + 1", "2x + 3 + 1", null, "The term 1 of x^2 + 3x + 1 is constant in x")]
    [TestCase("3x^2 + e^x + 7", "6x + e^x + 7", null, "The term 7")]
    [TestCase("2x + 3xy + y^3", "2 + 3y + y^3", "x", "The term y^3")]
    [TestCase("sin(x) + 5", "cos(x) + 5", null, "The term 5")]
    public void ConstantKept(string f, string answer, string? wrt, string part) => Expect(f, answer, wrt, DiagnosisCode.ConstantKept, part);

    [TestCase("x^2 + 3x + 1", "-2x - 3", "negative of the derivative of x^2 + 3x + 1")]
    [TestCase("cos(2x)", "2sin(2x)", "You differentiated cos(2x) with the wrong sign")]
    [TestCase("e^(-x^2)", "2x e^(-x^2)", "negative of the derivative")]
    [TestCase("cos(x) + x^2", "sin(x) + 2x", "You differentiated cos(x) with the wrong sign")]
    public void SignError(string f, string answer, string part) => Expect(f, answer, null, DiagnosisCode.SignError, part);

    [TestCase("e^(3x^2)", "12x e^(3x^2)", "2 times")]
    [TestCase("x^2 + 3x + 1", "4x + 6", "2 times")]
    [TestCase("sin(x)", "3cos(x)", "3 times")]
    [TestCase("x^4", "2x^3", "1/2 times")]
    public void ConstantFactor(string f, string answer, string factor) => Expect(f, answer, null, DiagnosisCode.ConstantFactor, factor);

    [TestCase("x^2 + 3x + 1", "42")]
    [TestCase("sin(x)", "tan(x)")]
    [TestCase("x^3 e^x", "e^(3x)")]
    public void Unknown(string f, string answer) => Expect(f, answer, null, DiagnosisCode.Unknown, "No common mistake");

    [Test]
    public void When_two_mistakes_explain_an_answer_the_first_code_wins()
    {
        // e^(-x^2) unchanged is also the missing chain factor: unchanged comes first.
        Assert.That(Grade("e^(-x^2)", "e^(-x^2)").Diagnosis, Is.EqualTo(DiagnosisCode.Unchanged));
        // -sin(2x) for cos(2x) is the missing chain factor and 1/2 times the derivative.
        Assert.That(Grade("cos(2x)", "-sin(2x)").Diagnosis, Is.EqualTo(DiagnosisCode.MissingChainFactor));
        // -5/(x+3)^2 is the quotient rule with swapped terms and the negative of the derivative.
        Assert.That(Grade("(2x + 1)/(x + 3)", "-5/(x + 3)^2").Diagnosis, Is.EqualTo(DiagnosisCode.QuotientRule));
    }

    [Test]
    public void Every_code_has_a_name_in_the_issues_order()
    {
        Assert.That(DiagnosisCodes.All.Select(c => c.Name()), Is.EqualTo(new[]
        {
            "unchanged", "antiderivative", "wrong-variable", "other-variable-not-constant", "missing-chain-factor",
            "product-rule", "quotient-rule", "power-rule", "constant-kept", "sign-error", "constant-factor", "unknown",
        }));
        Assert.That(DiagnosisCodes.All.Select(c => DiagnosisCodes.Parse(c.Name())), Is.EqualTo(DiagnosisCodes.All.Cast<DiagnosisCode?>()));
    }

    [Test]
    public void A_mistake_in_the_second_derivative_is_named_with_its_stage()
    {
        var grade = Grade("x^2 sin(x)", "2sin(x) + 2x cos(x) - x^2 sin(x) + 2 x cos(x) - 2x cos(x)", extra: "order: 2");
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Incorrect), Describe(grade));
        Assert.That(grade.Diagnosis, Is.EqualTo(DiagnosisCode.ProductRule), Describe(grade));
        Assert.That(grade.Feedback, Does.StartWith("Differentiating"));
    }

    [Test]
    public void A_value_exercise_is_diagnosed_from_its_numbers()
    {
        var grade = Grade("2x + 3xy + y^3", "[15, 8]", "[x, y]", "at: {x: 1.0, y: 2.0}");
        Assert.That(grade.Diagnosis, Is.EqualTo(DiagnosisCode.WrongVariable));
        Assert.That(grade.Feedback, Does.Contain("The value is 8, not 15."));
    }

    private static void Expect(string f, string answer, string? wrt, DiagnosisCode code, string part)
    {
        var grade = Grade(f, answer, wrt);
        Assert.That(grade.Verdict, Is.EqualTo(AnswerVerdict.Incorrect), Describe(grade));
        Assert.That(grade.Diagnosis, Is.EqualTo(code), Describe(grade));
        Assert.That(grade.Feedback, Does.Contain(part));
        Assert.That(grade.Counterexample, Is.Not.Null);
    }
}
