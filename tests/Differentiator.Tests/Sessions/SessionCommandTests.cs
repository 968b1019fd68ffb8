using Differentiator.Sessions;
using static Differentiator.Tests.Sessions.SessionRunner;

namespace Differentiator.Tests.Sessions;

public class SessionCommandTests
{
    [Test]
    public void APlainFormulaIsShownAsReadWithItsWarnings()
    {
        var result = Last<FormulaResult>("1/2x");
        Assert.That((result.Formula.ToText(), result.Value), Is.EqualTo(("x/2", (double?)null)));
        Assert.That(result.Messages.Single().Code, Is.EqualTo(Differentiator.Syntax.DiagnosticCodes.DivisionThenImplicit));
    }

    [Test]
    public void AFormulaWithoutVariablesIsWorkedOutExactly()
    {
        var third = Last<FormulaResult>("1/3");
        Assert.That((third.Formula.ToText(), third.Value), Is.EqualTo(("1/3", (double?)(1.0 / 3))));
    }

    [Test]
    public void AFormulaUndefinedThereSaysWhy()
    {
        var result = Last<FormulaResult>("ln(-1)");
        Assert.That(result.Value, Is.Null);
        Assert.That(result.ValueError, Does.Contain("ln"));
    }

    [Test]
    public void AFormulaAtAPoint() => Assert.That(Last<FormulaResult>(F, "f at (1, 2)").Value, Is.EqualTo(16));

    [Test]
    public void AnErrorIsPlacedOnTheLineAndTheSessionGoesOn()
    {
        var steps = Steps(F, "2x + foo(x)", "d/dx f");
        var error = ((ErrorResult)steps[1].Result).Error;
        Assert.That((error.Input, error.Span!.Value.Start), Is.EqualTo(("2x + foo(x)", 5)));
        Assert.That(((FormulaResult)steps[2].Result).Formula.ToText(), Is.EqualTo("2 + 3y"));
    }

    [Test]
    public void AnErrorInsideAnOperandIsPlacedOnTheWholeLine()
    {
        var error = Error("d/dx (x^2 +)");
        Assert.That(error.Input, Is.EqualTo("d/dx (x^2 +)"));
        Assert.That(error.Span!.Value.Start, Is.EqualTo("d/dx (x^2 +".Length));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("# a comment")]
    public void EmptyLinesAndCommentsDoNothing(string line) => Assert.That(Last(line), Is.InstanceOf<NothingResult>());

    [Test]
    public void ACommentEndsALine() => Assert.That(Text("x^2 # a square"), Is.EqualTo("x^2"));

    [Test]
    public void DefsListsTheDefinitionsInOrder()
    {
        var defs = Last<DefinitionsResult>(F, "a = 3", ":defs");
        Assert.That(defs.Definitions.Select(d => d.Definition.ToString()), Is.EqualTo(new[] { F, "a = 3" }));
    }

    [Test]
    public void UndefRemovesADefinition()
    {
        var steps = Steps("a = 3", ":undef a", "a + 1");
        Assert.That(steps[1].Result, Is.InstanceOf<UndefinedResult>());
        Assert.That(((FormulaResult)steps[2].Result).Formula.ToText(), Is.EqualTo("a + 1"));
    }

    [Test]
    public void UndefIsRefusedWhileAnotherDefinitionUsesTheName()
    {
        var error = Error("g(x) = x", "k(x) = g(x)", ":undef g");
        Assert.That(error.Message, Does.Contain("k uses g"));
        Assert.That(Error(":undef nothing").Code, Is.EqualTo(SessionCodes.NotDefined));
    }

    [Test]
    public void FormatChangesTheSessionsFormat()
    {
        var steps = Steps(":format latex", ":format", ":format code");
        Assert.That(steps.Select(s => s.Session.Format), Is.EqualTo(new[] { DisplayFormat.Latex, DisplayFormat.Latex, DisplayFormat.Code }));
        Assert.That(Error(":format json").Message, Does.Contain("text, latex and code"));
    }

    [Test]
    public void HelpHasEveryCommandWithAnExample()
    {
        var help = Last<HelpResult>(":help");
        foreach (var word in new[] { "d/dx", "f'(x)", "grad", "hessian", "steps", "compare", "numdiff", "plot", ":defs", ":undef", ":save", ":load", ":format", ":quit", "ans" })
            Assert.That(help.Entries.Any(e => e.Usage.Contains(word, StringComparison.Ordinal)), Is.True, word);
        Assert.That(help.Entries.All(e => e.Example.Length > 0), Is.True);
    }

    [Test]
    public void EveryHelpExampleRuns()
    {
        var session = Steps(F, "g(x) = x^2", "XOR(x1, x2) = step(x1 + x2 - 0.5) - step(x1 + x2 - 1.5)", "a(1) = 1", "a(n+1) = 2a(n)", "x^3")[^1].Session;
        foreach (var entry in Session.Help.Where(e => !e.Example.StartsWith(":load", StringComparison.Ordinal)))
        {
            var result = session.Run(entry.Example).Result;
            Assert.That(result.IsError, Is.False, () => entry.Example + ": " + (result as ErrorResult)?.Error.Render());
        }
    }

    [Test]
    public void UnknownCommandsSuggestOne()
    {
        var error = Error(":def");
        Assert.That(error.Message, Does.Contain("did you mean :defs"));
    }

    [Test]
    public void QuitIsARequest() => Assert.That(Last(":quit"), Is.InstanceOf<QuitRequest>());

    [Test]
    public void SaveWritesTheDefinitionsSoThatEachComesAfterWhatItUses()
    {
        var save = Last<SaveRequest>("g(x) = x", "k(x) = g(x) + 1", "g(x) = a x", "a = 2", ":save s.dx");
        Assert.That(save.Path, Is.EqualTo("s.dx"));
        var lines = save.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToArray();
        Assert.That(lines, Is.EqualTo(new[] { "a = 2", "g(x) = a x", "k(x) = g(x) + 1" }));
    }

    [Test]
    public void LoadRunsTheLinesOfAFileAndSaveRoundTrips()
    {
        var saved = Steps(F, "a = 3", "g(x) = f(x, a)", ":save s.dx")[^1];
        var text = ((SaveRequest)saved.Result).Text;
        var loaded = Session.Empty.Load("s.dx", text);
        var load = (LoadResult)loaded.Result;
        Assert.That(load.Defined, Is.EqualTo(new[] { "f", "a", "g" }));
        Assert.That(loaded.Session.Definitions, Is.EqualTo(saved.Session.Definitions));
        Assert.That(loaded.Session.Run("g(1)").Result is FormulaResult { Value: 2 + 9 + 27 }, Is.True);
    }

    [Test]
    public void ALoadedFileReportsEachBadLineAndRunsTheRest()
    {
        var loaded = Session.Empty.Load("bad.dx", "# gates\na = 1\nb = (\nc = a + 1\n:load other.dx\n");
        var load = (LoadResult)loaded.Result;
        Assert.That(load.Lines.Where(l => l.Result.IsError).Select(l => l.Number), Is.EqualTo(new[] { 3, 5 }));
        Assert.That(load.Defined, Is.EqualTo(new[] { "a", "c" }));
        Assert.That(load.IsError, Is.True);
    }

    [Test]
    public void CompletionNamesIncludeDefinitionsAndCommands()
    {
        var session = Steps(F)[^1].Session;
        Assert.That(session.DefinedNames, Does.Contain("f").And.Contain("ans"));
        Assert.That(Session.ColonCommands, Does.Contain(":defs"));
        Assert.That(Session.BuiltInFunctions, Does.Contain("sigmoid"));
    }

    [Test]
    public void NoLineThrows()
    {
        string[] lines = ["(", ")", "d/", "d/dx (", "f'", "f'(", "grad (", "numdiff x at [", "compare x at x=", ":", "::", "=", "==", "f(x) =", "plot", "plot x from", "hessian 3", "at at", "d^0/dx^0 x", "d^99999999/dx^99999999 x", "f(1, 2, 3)", "'", "″"];
        Steps([F, .. lines]);
    }
}
