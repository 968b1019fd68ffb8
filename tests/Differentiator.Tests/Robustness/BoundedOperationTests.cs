using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Robustness;

/// <summary>
/// The rows of issue 13 that are the engine's, through the real <c>dx</c> process: every one ends
/// within 5 s with a result (exit 0) or the budget's diagnostic (exit 2), never a hang, a trace or an
/// out-of-memory.
/// </summary>
public class BoundedOperationTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    private static string Repeat(string piece, int count, string separator = "") => string.Join(separator, Enumerable.Repeat(piece, count));

    private static readonly string TenTo309 = "1" + new string('0', 309);

    /// <summary>Runs dx with the formula on standard input (<c>-</c>) and checks the time and the exit code.</summary>
    private static DxResult Bounded(string formula, params string[] args)
    {
        var watch = Stopwatch.StartNew();
        var result = DxProcess.RunWithInput(formula, [args[0], "-", .. args[1..]]);
        watch.Stop();
        Assert.That(watch.Elapsed, Is.LessThan(Within), $"dx {args[0]} took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Not.Contain("Exception").And.Not.Contain("   at "), "no trace");
        return result;
    }

    private static void AssertStoppedByTheBudget(DxResult result)
    {
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("DX0401").And.Contain("was stopped"));
    }

    [Test]
    public void A_product_of_a_hundred_thousand_equal_factors_is_a_power() =>
        Assert.That(Bounded(Repeat("x", 100_000, "*"), "diff").Out, Does.Contain("100000x^99999"));

    [Test]
    public void A_product_of_twenty_thousand_equal_factors_is_a_power() =>
        Assert.That(Bounded(Repeat("x", 20_000, "*"), "diff").Out, Does.Contain("20000x^19999"));

    [Test]
    public void A_hundred_thousand_juxtaposed_letters_are_a_power() =>
        Assert.That(Bounded(Repeat("x", 100_000), "diff").Out, Does.Contain("100000x^99999"));

    [Test]
    public void A_quotient_chain_a_hundred_thousand_deep_is_a_power() =>
        Assert.That(Bounded("1" + Repeat("/x", 100_000), "diff").Out, Does.Contain("-100000/x^100001"));

    [Test]
    public void A_product_of_fifty_thousand_distinct_sums_is_refused_at_once()
    {
        var formula = string.Concat(Enumerable.Range(0, 50_000).Select(k => $"(x+{k})"));
        AssertStoppedByTheBudget(Bounded(formula, "diff"));
    }

    [Test]
    public void Steps_of_a_product_too_long_to_show_are_refused_at_once() =>
        AssertStoppedByTheBudget(Bounded(Repeat("x", 3_846), "diff", "--steps"));

    [Test]
    public void A_power_tower_a_thousand_high_ends() => Bounded(Nesting.Tower(1000), "diff");

    [Test]
    public void A_sigmoid_nested_a_thousand_deep_ends() => Bounded(Nesting.Nested("sigmoid", 1000), "diff");

    [Test]
    public void Steps_of_a_short_formula_show_the_first_and_last_lines_and_what_was_left_out()
    {
        var result = Bounded(Nesting.Nested("sin", 100), "diff", "--steps");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Out, Does.Contain("step lines left out"));
        Assert.That(result.Out, Does.Contain("…"), "a formula too long for a step line is cut");
        Assert.That(result.Out.Split('\n'), Has.Length.LessThan(70), "the first 40 and the last 20 lines, and the one that says what was left out");
    }

    [TestCase("(x+1)^1001/0")]
    [TestCase("(x+1)^1002*-(x+1)^103")]
    public void Large_powers_of_sums_are_not_expanded(string formula)
    {
        var result = Bounded(formula, "diff");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Out.Length, Is.LessThan(200));
    }

    [Test]
    public void A_high_order_is_one_budget_for_all_the_orders() => Bounded("sin(sin(sin(x)))y", "diff", "--order", "50");

    [Test]
    public void The_highest_order_is_a_message_not_an_out_of_memory()
    {
        var result = Bounded("x", "diff", "--order", "2147483647");
        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void A_400_digit_integer_times_a_decimal_stays_exact()
    {
        var result = Bounded("1" + new string('0', 400) + "*1.5/β", "diff");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Out, Does.Contain("1" + new string('0', 400)).And.Not.Contain("inf"));
    }

    [TestCase("2*1e308*x", "2*1e+308")]
    [TestCase("(2*1e308 - 2*1e308)x + x", "1")]
    [TestCase("0.5*2^1024*x", "8.98846567431158e+307")]
    public void Doubles_never_fold_to_infinity_or_nan(string formula, string derivative)
    {
        var result = Bounded(formula, "diff");
        Assert.That(result.Out, Does.Contain("d/dx: " + derivative + "\n").And.Not.Contain("inf").And.Not.Contain("nan"));
    }

    [Test]
    public void The_order_of_the_factors_does_not_change_a_fold() =>
        Assert.That(Bounded("x*(2*1e308*0.0*x)", "diff").Out, Is.EqualTo(Bounded("x*(0.0*2*1e308*x)", "diff").Out));

    [Test]
    public void An_integer_beyond_doubles_is_an_overflow_not_infinity()
    {
        var result = Bounded(TenTo309, "eval");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("overflows a double"));
    }

    [Test]
    public void The_sign_of_a_tiny_exact_number_is_one() =>
        Assert.That(Bounded("sign(1/" + TenTo309 + ")", "eval").Out.Trim(), Is.EqualTo("1"));

    [Test]
    public void A_derivative_with_a_huge_exact_power_keeps_its_value()
    {
        var result = Bounded("(5x)^453", "diff", "--at", "x=0.1");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var value = double.Parse(result.Out.Split(" = ")[^1], CultureInfo.InvariantCulture);
        Assert.That(value, Is.EqualTo(1.9476466411058504e-133).Within(1e-9 * 1.95e-133));
    }

    [Test]
    public void A_megabyte_of_letters_is_printed_or_refused_within_the_limit()
    {
        var result = Bounded(new string('x', 1_000_000), "parse");
        Assert.That(result.ExitCode == 0 || result.Error.Contains("DX0402"), Is.True, result.Error);
    }

    [Test]
    public void A_point_that_is_not_a_number_in_json_is_an_error_document()
    {
        var result = Bounded("x^2", "compare", "--at", "x=nan", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        using var json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("DX0204"));
    }

    [Test]
    public void The_complex_step_of_a_softplus_tower_is_right_or_marked_unreliable()
    {
        var result = Bounded("softplus(2)^(y^(α^2))", "compare", "--at", "y=2.47,α=-1.65", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using var json = JsonDocument.Parse(result.Out);
        foreach (var c in json.RootElement.GetProperty("comparisons").EnumerateArray())
        {
            var untrusted = c.GetProperty("untrusted").EnumerateObject().Select(p => p.Name).ToList();
            if (c.GetProperty("complex_step").ValueKind == JsonValueKind.Null || untrusted.Contains("complex_step")) continue;
            var exact = c.GetProperty("exact").GetDouble();
            Assert.That(c.GetProperty("complex_step").GetDouble(), Is.EqualTo(exact).Within(1e-9 * Math.Abs(exact)), c.GetProperty("variable").GetString());
        }
    }

    /// <summary>The line of <c>dx parse</c>'s output that starts with <paramref name="label"/>, without the label.</summary>
    private static string Line(DxResult result, string label) =>
        result.Out.Split('\n').Single(l => l.StartsWith(label, StringComparison.Ordinal))[label.Length..].Trim();

    [TestCase("σ·(u) + x i + p i + s i n x", "latex")]
    [TestCase("\\log_{3}\\left(z\\right) + x/sigmoid(x)", "latex")]
    [TestCase("2.9802322387695312e-08x", "text")]
    [TestCase("x/sigmoid(x) + 2.9802322387695312e-08x", "code")]
    public void What_dx_prints_reads_back_as_the_same_formula(string formula, string format)
    {
        var first = Bounded(formula, "parse", "--format", format);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var printed = Line(first, format + ":");
        var again = Bounded(printed, "parse");
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Error);
        Assert.That(Line(again, "reading:"), Is.EqualTo(Line(first, "reading:")), printed);
    }

    [Test]
    public void A_tower_999_high_prints_text_that_reads_back()
    {
        var first = Bounded(Nesting.Tower(999), "parse");
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Error);
        var again = Bounded(Line(first, "text:"), "parse");
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Error);
        Assert.That(Line(again, "reading:"), Is.EqualTo(Line(first, "reading:")));
    }

    [TestCase("diff", "2*1e308*x")]
    [TestCase("grad", "2^1024 x")]
    public void An_overflowing_value_in_json_is_an_error_document(string command, string formula)
    {
        var result = Bounded(formula, command, "--at", "x=1.0", "--format", "json");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        using var json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("error").GetProperty("message").GetString(), Does.Contain("overflows a double"));
    }
}
