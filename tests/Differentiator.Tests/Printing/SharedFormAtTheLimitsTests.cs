using Differentiator.Calculus.Symbolic;
using Differentiator.Tests.Support;

namespace Differentiator.Tests.Printing;

/// <summary>The shared form of derivatives too large to write out: every line reads back through the parser.</summary>
public class SharedFormAtTheLimitsTests
{
    [Test]
    public void EveryLineOfTheSharedDerivativeOfSinesNestedAsDeepAsTheParserReadsParses()
    {
        var f = Formula.Parse(Nesting.Nested("sin", 999));
        var d = Derivative.Of(f.Expression, "x");
        Assert.That(() => d.ToText(), Throws.TypeOf<Differentiator.Expressions.Printing.NotPrintableException>(), "written out, it is far too long");
        var lines = SharedForm.Print(d).Split('\n');
        Assert.That(lines, Has.Length.GreaterThan(900));
        foreach (var line in lines)
        {
            var body = line.Contains(" = ", StringComparison.Ordinal) ? line[(line.IndexOf(" = ", StringComparison.Ordinal) + 3)..] : line;
            Assert.That(Formula.TryParse(body, out _, out var error), Is.True, $"'{line}': {error?.Message}");
        }
    }
}
