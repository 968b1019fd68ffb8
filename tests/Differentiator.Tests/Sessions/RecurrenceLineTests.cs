using Differentiator.Sessions;
using static Differentiator.Tests.Sessions.SessionRunner;

namespace Differentiator.Tests.Sessions;

/// <summary>Sequences in the REPL: initial values and rules build a system, :seq prints its terms.</summary>
public class RecurrenceLineTests
{
    [Test]
    public void The_lectures_simultaneous_recurrence()
    {
        var result = Last<SequenceResult>("a(1) = 1", "b(1) = 1", "a(n+1) = a(n) + 2b(n) + 2", "b(n+1) = 2a(n) + 3b(n) + 1", ":seq 3");
        var terms = result.Report.Terms;
        Assert.That(terms.Select(t => (t.Values["a"].ToString(), t.Values["b"].ToString())), Is.EqualTo(new[] { ("1", "1"), ("5", "6"), ("19", "29") }));
    }

    [Test]
    public void A_rule_that_uses_its_own_sequence_is_a_recurrence_not_a_function()
    {
        var step = Steps("a(1) = 2", "a(n) = a(n-1) + 3", ":seq 4")[^1];
        Assert.That(((SequenceResult)step.Result).Report.Terms.Select(t => t.Values["a"].ToString()), Is.EqualTo(new[] { "2", "5", "8", "11" }));
        Assert.That(step.Session.Definitions, Is.Empty);
    }

    [Test]
    public void Function_definitions_are_not_taken_for_sequences()
    {
        Assert.That(Last("f(x) = x^2"), Is.InstanceOf<DefinitionResult>());
    }

    [Test]
    public void A_bad_rule_is_refused_with_a_caret_on_the_line_and_the_session_goes_on()
    {
        var steps = Steps("a(1) = 1", "a(n+1) = q(n)", "a(n+1) = 3a(n)", ":seq 3");
        var error = ((ErrorResult)steps[1].Result).Error;
        Assert.That(error.Message, Does.Contain("q(…) names no sequence"));
        Assert.That(error.Span!.Value.Start, Is.EqualTo(9));
        Assert.That(((SequenceResult)steps[3].Result).Report.Terms.Select(t => t.Values["a"].ToString()), Is.EqualTo(new[] { "1", "3", "9" }));
    }

    [Test]
    public void Seq_without_sequences_says_how_to_define_one()
    {
        Assert.That(Error(":seq").Message, Does.Contain("No sequences yet"));
    }

    [Test]
    public void Sequences_are_saved_with_the_definitions()
    {
        var save = Last<SaveRequest>("f(x) = x + 1", "a(1) = 1", "a(n+1) = 2a(n)", ":save s.dx");
        Assert.That(save.Text, Does.Contain("a(1) = 1\na(n+1) = 2a(n)\n"));
    }
}
