using System.Numerics;
using System.Text.Json;
using Differentiator.Cli;
using Differentiator.Sequences;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Sequences;

/// <summary>Sequences by general term or recurrence, exact, as the lecture defines them.</summary>
public class RecurrenceTests
{
    public static IEnumerable<TestCaseData> LectureRecurrences()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(ReferenceData.PathOf("lecture.json")));
        foreach (var r in json.RootElement.GetProperty("recurrences").EnumerateArray())
        {
            var expected = r.EnumerateObject().Where(p => p.Name != "defs")
                .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            yield return new TestCaseData(r.GetProperty("defs").GetString(), expected).SetArgDisplayNames(r.GetProperty("defs").GetString()!);
        }
    }

    [TestCaseSource(nameof(LectureRecurrences))]
    public void The_lectures_recurrences_give_its_terms(string definitions, Dictionary<string, string[]> expected)
    {
        var system = RecurrenceSystem.Parse(definitions);
        var count = expected.Values.First().Length;
        var terms = system.Terms(count);
        foreach (var (name, values) in expected)
            Assert.That(terms.Select(t => t.Values[name].ToString()), Is.EqualTo(values), name);
    }

    [Test]
    public void The_hundredth_factorial_is_exact()
    {
        var terms = RecurrenceSystem.Parse("a(1) = 1, a(n+1) = (n+1) a(n)").Terms(100);
        var factorial = Enumerable.Range(1, 100).Aggregate(BigInteger.One, (p, k) => p * k);
        Assert.That(terms[99].Values["a"].ToString(), Is.EqualTo(factorial.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(terms[99].Values["a"].IsExact, Is.True);
    }

    [Test]
    public void General_terms_fractions_and_decimals()
    {
        Assert.That(RecurrenceSystem.Parse("a(n) = 2n - 1").Terms(4).Select(t => t.Values["a"].ToString()), Is.EqualTo(new[] { "1", "3", "5", "7" }));
        Assert.That(RecurrenceSystem.Parse("a(1) = 1, a(n+1) = a(n)/2").Terms(3).Select(t => t.Values["a"].ToString()), Is.EqualTo(new[] { "1", "1/2", "1/4" }));
        Assert.That(RecurrenceSystem.Parse("a(1) = 1.0, a(n+1) = a(n)/2").Terms(3).Select(t => t.Values["a"].ToString()), Is.EqualTo(new[] { "1.0", "0.5", "0.25" }));
        Assert.That(RecurrenceSystem.Parse("a(0) = 0, a(1) = 1, a(n+2) = a(n+1) + a(n)").Terms(8).Select(t => t.Values["a"].ToString()),
            Is.EqualTo(new[] { "0", "1", "1", "2", "3", "5", "8", "13" }));
    }

    [TestCase("a(n+1) = a(n) + 2", "a(0) has no value", TestName = "No initial value")]
    [TestCase("a(1) = 1, a(n+1) = a(n+1) + 2", "refers to itself at the same n", TestName = "A term that refers to itself")]
    [TestCase("a(1) = 1, a(n+1) = c(n) + 2", "c(…) names no sequence", TestName = "An unknown sequence")]
    [TestCase("a(1.5) = 1, a(n+1) = a(n)", "An index must be an integer", TestName = "A non-integer index")]
    [TestCase("a(1) = 1, a(n+1) = a(n/2)", "needs an integer index", TestName = "A non-integer index in a rule")]
    [TestCase("a(1) = 2, a(n+1) = a(n)^2", "digits", TestName = "A value beyond the size budget")]
    [TestCase("a(1) = 1, a(n+1) = 1/(a(n) - 1)", "divides by zero", TestName = "Division by zero")]
    public void Bad_definitions_get_clear_errors(string definitions, string message)
    {
        var e = Assert.Throws<InvalidInputException>(() => RecurrenceSystem.Parse(definitions).Terms(40));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Too_many_terms_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => RecurrenceSystem.Parse("a(n) = n").Terms(RecurrenceSystem.MaxTerms + 1));
        Assert.That(e!.Message, Does.Contain("100,000"));
    }

    [Test]
    public void Dx_seq_prints_the_lectures_pairs_and_json_with_exact_strings()
    {
        const string system = "a(1) = 1, b(1) = 1, a(n+1) = a(n) + 2b(n) + 2, b(n+1) = 2a(n) + 3b(n) + 1";
        var text = DxProcess.Run("seq", system, "--terms", "3");
        Assert.That(text.ExitCode, Is.EqualTo(ExitCodes.Ok), text.Error);
        Assert.That(text.Out, Does.Contain("(1, 1), (5, 6), (19, 29)"));
        var json = DxProcess.Run("seq", system, "--terms", "3", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.That(doc.RootElement.GetProperty("names").EnumerateArray().Select(n => n.GetString()), Is.EqualTo(new[] { "a", "b" }));
        var third = doc.RootElement.GetProperty("terms")[2];
        Assert.That((third.GetProperty("n").GetInt32(), third.GetProperty("a").GetString(), third.GetProperty("b").GetString()), Is.EqualTo((3, "19", "29")));
    }

    [Test]
    public void Dx_seq_errors_exit_2_with_a_caret()
    {
        var r = DxProcess.Run("seq", "a(1)=1, a(n+1) = c(n) + 2");
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.BadInput));
        Assert.That(r.Error, Does.Contain("^"));
        var many = DxProcess.Run("seq", "a(n) = n", "--terms", "100001");
        Assert.That(many.ExitCode, Is.EqualTo(ExitCodes.BadInput));
    }
}
