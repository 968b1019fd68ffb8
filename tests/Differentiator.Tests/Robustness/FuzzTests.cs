using System.Text;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Differentiator.Tests.Robustness;

/// <summary>
/// Generated and mutated strings thrown at the parser: it only ever returns a formula or a
/// diagnostic, and whatever parses prints to text that parses back to the same tree.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Seeds =
    [
        "2x+3xy+y^3", "wx + xyz + 3w + zy^2", "w1x1 + w2x2 + w3x3 - θ", "3x^2 + e^x + 7", "ln x + 1/x",
        "e^{3x^2}", "1/(1+e^{-z})", "\\frac{a}{\\sqrt[3]{b}} \\cdot \\left|x\\right|", "σ(z) - e^(-x^2/(2σ^2))", "x² √x |x| ÷ 2",
    ];

    private const string Alphabet = "0123456789.eExyzθσπ+-*/^()[]{}|,_ \\√²⁻·×−sinlogexpfrac";

    private static void MustNotThrow(string text)
    {
        try
        {
            if (!Formula.TryParse(text, out var f, out var error))
            {
                Assert.That(error.Span.Start, Is.InRange(0, text.Length), "diagnostic span inside (or at the end of) the input");
                Assert.That(error.Render(text), Does.Contain("^"));
                return;
            }
            var printed = f.ToText();
            if (!Formula.TryParse(printed, out var again, out var reparseError))
                throw new AssertionException($"'{text}' parsed and printed as '{printed}', which does not parse: {reparseError.Message}");
            if (again.Expression != f.Expression)
                throw new AssertionException($"'{text}' printed as '{printed}' reads back as {TreeDump.Of(again.Expression)}, not {TreeDump.Of(f.Expression)}.");
        }
        catch (AssertionException) { throw; }
        catch (Exception e)
        {
            throw new AssertionException($"'{Escape(text)}' threw {e.GetType().Name}: {e.Message}");
        }
    }

    private static string Escape(string s) =>
        string.Concat(s.Take(200).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    [Test]
    public void RandomStringsOverTheFormulaAlphabet() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000).WithEndSize(60),
            Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(cs => new string(cs))), s => { MustNotThrow(s); return true; }));

    [Test]
    public void RandomUnicode() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000),
            Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(cs => new string(cs))), s => { MustNotThrow(s); return true; }));

    [Test]
    public void MutatedLectureFormulas()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 20_000; i++)
        {
            var sb = new StringBuilder(Seeds[random.Next(Seeds.Length)]);
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var at = random.Next(sb.Length + 1);
                switch (random.Next(3))
                {
                    case 0: sb.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    case 1 when at < sb.Length: sb.Remove(at, 1); break;
                    default: if (at < sb.Length) sb[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }
            MustNotThrow(sb.ToString());
        }
    }

    [TestCase(1, 100_000)]
    [TestCase(2, 50_000)]
    public void DeepAndLongInputs(int seed, int size)
    {
        var random = new Random(seed);
        string[] units = ["(", "-", "x^", "sin ", "√", "|", "{", "\\frac{", "e^{", "2^-"];
        for (var i = 0; i < 20; i++)
        {
            var unit = units[random.Next(units.Length)];
            MustNotThrow(string.Concat(Enumerable.Repeat(unit, size / unit.Length)) + "x");
        }
    }

    [TestCase("1e999999")]
    [TestCase("1e-999999")]
    [TestCase("1.7976931348623157e308")]
    [TestCase("0.000000000000000000000000000000000000000000001")]
    [TestCase("99999999999999999999999999999999999999 x")]
    public void ExtremeNumbers(string text) => MustNotThrow(text);

    [Test]
    public void TenThousandDigitIntegersAreExact()
    {
        var digits = "1" + new string('0', 9_999);
        var f = Formula.Parse(digits + " + 1");
        Assert.That(f.ToText(), Is.EqualTo(digits + " + 1"));
        MustNotThrow(new string('9', 25_000));
        Assert.That(Parsing.ErrorOf(new string('9', 25_000)).Code, Is.EqualTo(Differentiator.Syntax.DiagnosticCodes.BadNumber));
    }
}
