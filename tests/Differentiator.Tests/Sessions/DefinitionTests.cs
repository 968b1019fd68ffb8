using Differentiator.Sessions;
using static Differentiator.Tests.Sessions.SessionRunner;

namespace Differentiator.Tests.Sessions;

public class DefinitionTests
{
    [Test]
    public void AFunctionIsDefinedAndCalled()
    {
        var definition = Last<DefinitionResult>(F);
        Assert.That(definition.Definition.ToString(), Is.EqualTo(F));
        Assert.That(definition.Definition.Parameters, Is.EqualTo(new[] { "x", "y" }));
        var call = Last<FormulaResult>(F, "f(1, 2)");
        Assert.That((call.Formula.ToText(), call.Value), Is.EqualTo(("16", (double?)16)));
    }

    [Test]
    public void AValueIsPutIntoLaterLines()
    {
        var result = Last<FormulaResult>("a = 3", "a^2 + 1");
        Assert.That(result.Value, Is.EqualTo(10));
    }

    [Test]
    public void ADefinitionSaysWhichDefinedNamesItUses() =>
        Assert.That(Last<DefinitionResult>(F, "a = 2", "g(x) = f(x, a) + x").Uses, Is.EqualTo(new[] { "f", "a" }));

    [Test]
    public void CompositionIsSubstituted() =>
        Assert.That(Last<DefinitionResult>(F, "g(x) = f(x, 2)").Expanded.Simplify().ToText(), Is.EqualTo("8x + 8"));

    [Test]
    public void ARedefinitionIsSeenByLaterLinesAndByTheDefinitionsThatUseIt()
    {
        var steps = Steps("a = 3", "h(x) = a x", "h(2)", "a = 4", "h(2)");
        Assert.That(((FormulaResult)steps[2].Result).Value, Is.EqualTo(6));
        var redefinition = (DefinitionResult)steps[3].Result;
        Assert.That((redefinition.Redefined, redefinition.Dependents), Is.EqualTo((true, new[] { "h" })));
        Assert.That(((FormulaResult)steps[4].Result).Value, Is.EqualTo(8));
    }

    [Test]
    public void ARedefinedFunctionChangesItsCallers() =>
        Assert.That(Text("g(x) = x^2", "k(x) = g(x) + 1", "g(x) = x^3", "k(2)"), Is.EqualTo("9"));

    [Test]
    public void ARedefinitionKeepsItsPlace()
    {
        var session = Steps("a = 1", "b = 2", "a = 3")[^1].Session;
        Assert.That(session.Definitions.Select(d => d.ToString()), Is.EqualTo(new[] { "a = 3", "b = 2" }));
    }

    [Test]
    public void AParameterShadowsADefinedValue() => Assert.That(Text("a = 3", "s(a) = a^2", "s(2) + a"), Is.EqualTo("7"));

    [Test]
    public void MultiLetterNamesAreOneName()
    {
        Assert.That(Last<FormulaResult>("rate = 0.5", "2 rate").Value, Is.EqualTo(1.0));
        Assert.That(Last<FormulaResult>("AND(x1, x2) = step(x1 + x2 - 1.5)", "AND(1, 1)").Value, Is.EqualTo(1));
        Assert.That(Text("sq(rate) = rate^2", "sq(3)"), Is.EqualTo("9"));
    }

    [Test]
    public void GatesComposeFromOtherGates()
    {
        string[] gates =
        [
            "AND(x1, x2) = step(x1 + x2 - 1.5)", "OR(x1, x2) = step(x1 + x2 - 0.5)", "NAND(x1, x2) = step(-x1 - x2 + 1.5)",
            "XOR(x1, x2) = AND(NAND(x1, x2), OR(x1, x2))",
        ];
        var rows = new[] { (0, 0, 0.0), (0, 1, 1.0), (1, 0, 1.0), (1, 1, 0.0) };
        foreach (var (a, b, expected) in rows)
            Assert.That(Last<FormulaResult>([.. gates, $"XOR({a}, {b})"]).Value, Is.EqualTo(expected), $"XOR({a}, {b})");
    }

    [Test]
    public void ACallOfAnUndefinedFunctionIsRefusedRatherThanReadAsAProduct()
    {
        var error = Error("p(x) = q(x)");
        Assert.That(error.Code, Is.EqualTo(SessionCodes.NotDefined));
        Assert.That(error.Message, Does.Contain("q is not defined").And.Contain("q*(x)"));
        Assert.That(error.Span!.Value.Start, Is.EqualTo("p(x) = ".Length));
    }

    [Test]
    public void AParameterBeforeParenthesesIsAProduct() => Assert.That(Text("p(x) = x(x + 1)", "p(2)"), Is.EqualTo("6"));

    [Test]
    public void ACycleIsRefused()
    {
        var error = Error("q(x) = x", "p(x) = q(x) + 1", "q(x) = p(x)");
        Assert.That(error.Code, Is.EqualTo(SessionCodes.Cycle));
        Assert.That(error.Message, Does.Contain("q → p → q"));
        var steps = Steps("q(x) = x", "p(x) = q(x) + 1", "q(x) = p(x)", "p(1)");
        Assert.That(((FormulaResult)steps[^1].Result).Value, Is.EqualTo(2), "the refused definition changed nothing");
    }

    [TestCase("k(t) = k(t) + 1")]
    [TestCase("a = a + 1")]
    public void ADefinitionInTermsOfItselfIsRefused(string line) => Assert.That(Error(line).Code, Is.EqualTo(SessionCodes.Cycle));

    [Test]
    public void ARedefinitionThatBreaksAnotherDefinitionIsRefused()
    {
        var error = Error("g(x) = x^2", "k(x) = g(x) + 1", "g(x, y) = x y");
        Assert.That(error.Code, Is.EqualTo(SessionCodes.BreaksDefinition));
        Assert.That(error.Message, Does.Contain("k(x) = g(x) + 1"));
    }

    [TestCase("sin = 3", "built-in function")]
    [TestCase("e = 3", "constant")]
    [TestCase("ans = 3", "last result")]
    [TestCase("grad(x) = x", "commands")]
    [TestCase("f(pi) = pi", "constant")]
    [TestCase("f(x, x) = x", "twice")]
    [TestCase("f() = 3", "at least one parameter")]
    [TestCase("x^2 = 4", "left side")]
    [TestCase("a =", "Nothing follows")]
    public void BadDefinitionsAreRefused(string line, string message) => Assert.That(Error(line).Message, Does.Contain(message));

    [Test]
    public void AnsInADefinitionIsTheLastResultAtThatTime()
    {
        var steps = Steps("2 + 3", "a = ans", "7", "a");
        Assert.That(((FormulaResult)steps[^1].Result).Value, Is.EqualTo(5));
    }

    [Test]
    public void AnsIsTheLastResult()
    {
        Assert.That(Text(F, "d/dx f", "ans + 1"), Is.EqualTo("2 + 3y + 1"));
        Assert.That(Text("x^3", "d/dx ans"), Is.EqualTo("3x^2"));
        Assert.That(Error("ans").Code, Is.EqualTo(SessionCodes.NoAnswer));
    }

    [Test]
    public void AFunctionsNameAloneStandsForItsBody() => Assert.That(Text(F, "f"), Is.EqualTo("2x + 3xy + y^3"));

    [Test]
    public void DefinitionWarningsArePlacedOnTheLine()
    {
        var definition = Last<DefinitionResult>(F);
        var warning = definition.Messages.Single();
        Assert.That(warning.Span!.Value.Start, Is.EqualTo(F.IndexOf("xy", StringComparison.Ordinal)));
    }
}
