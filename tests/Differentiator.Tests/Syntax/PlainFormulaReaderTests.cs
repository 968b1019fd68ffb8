using System.Text;
using Differentiator.Expressions;
using Differentiator.Syntax;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Superpower.Model;

namespace Differentiator.Tests.Syntax;

/// <summary>
/// The plain-formula fast path builds exactly the grammar's tree, and gives every input the grammar
/// rejects (and every input it does not cover) back to the grammar, so the diagnostics stay the grammar's.
/// </summary>
public class PlainFormulaReaderTests
{
    private static Token<FormulaToken>[]? Tokens(string text)
    {
        var lexed = Lexer.Lex(text, StandardVocabulary.Instance);
        return lexed.Error is null ? lexed.Tokens : null;
    }

    private static SyntaxNode? Grammar(Token<FormulaToken>[] tokens)
    {
        var result = FormulaGrammar.Formula(new TokenList<FormulaToken>(tokens));
        return result.HasValue ? result.Value : null;
    }

    /// <summary>Every node with its type, span and fields, and the runtime types of its lists.</summary>
    private static string Dump(SyntaxNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(SyntaxNode? node, StringBuilder text)
    {
        if (node is null) { text.Append("null"); return; }
        text.Append(node.GetType().Name).Append('[').Append(node.Span.Start).Append(',').Append(node.Span.Length).Append("](");
        switch (node)
        {
            case NumberSyntax n: text.Append(n.Text).Append(n.IsDecimal ? " decimal" : ""); break;
            case NameSyntax v: text.Append(v.Name); break;
            case ConstantSyntax c: text.Append(c.Name); break;
            case SignSyntax s: text.Append(s.Negative ? "- " : "+ "); Write(s.Operand, text); break;
            case GroupSyntax g: Write(g.Inner, text); break;
            case PowerSyntax p: Write(p.Base, text); text.Append(" ^ "); Write(p.Exponent, text); break;
            case RootSyntax r: Write(r.Radicand, text); text.Append(" index "); Write(r.Index, text); break;
            case CallSyntax c:
                text.Append(c.Function).Append(' ').Append(c.NameSpan.Start).Append(',').Append(c.NameSpan.Length)
                    .Append(c.Parenthesized ? " () " : " ").Append(c.Arguments.GetType().Name);
                foreach (var a in c.Arguments) { text.Append(' '); Write(a, text); }
                break;
            case SumSyntax s:
                text.Append(s.Terms.GetType().Name).Append(' ').Append(s.Negated.GetType().Name);
                for (var i = 0; i < s.Terms.Count; i++) { text.Append(s.Negated[i] ? " -" : " +"); Write(s.Terms[i], text); }
                break;
            case ProductSyntax p:
                text.Append(p.Factors.GetType().Name).Append(' ').Append(p.Joins.GetType().Name);
                for (var i = 0; i < p.Factors.Count; i++) { text.Append(' ').Append(p.Joins[i]).Append(' '); Write(p.Factors[i], text); }
                break;
            default: throw new AssertionException($"no dump for {node.GetType().Name}");
        }
        text.Append(')');
    }

    [TestCase("2x + 3xy + y^3")]
    [TestCase("x^3 - 2x^2 + 5x - 7")]
    [TestCase("1 + 2x^1 + 3x^2 + 4x^3")]
    [TestCase("w*x + x*y*z + 3*w + z*y^2")]
    [TestCase("1/x^2")]
    [TestCase("-x^-2 / +3.5e-2 y")]
    [TestCase("x^y^-z^2")]
    [TestCase("(x + 1)^10")]
    [TestCase("[x - {y + |z|}] |x| y")]
    [TestCase("x² y⁻¹ + π e^x - E^2")]
    [TestCase("--x * -+y")]
    [TestCase("1/2x")]
    [TestCase("sin x + 1")]
    [TestCase("sin x cos x")]
    [TestCase("ln x + 1/x")]
    [TestCase("sin 2x y^2 z")]
    [TestCase("sin^2 x + cos² x")]
    [TestCase("sin^-1 x - tan⁻¹(x)")]
    [TestCase("sin^2(x) cos^(2) (y)")]
    [TestCase("Max(0, x) + max(x, y, z)")]
    [TestCase("log(x, 2) + log10 x + log2(x)")]
    [TestCase("exp(3x^2) + e^(-x^2/2)/sqrt(2pi)")]
    [TestCase("1/(1 + exp(-(w*x + b)))")]
    [TestCase("-(t*log(s) + (1 - t)*log(1 - s))")]
    [TestCase("x^2*exp(x)*sin(x)")]
    [TestCase("σ(z) + sigma(w x + b) + σ z")]
    [TestCase("θ^2 + sin θ + α β")]
    [TestCase("√x + ∛(x + 1) + √x² y")]
    [TestCase("\\frac{1}{x} + \\sqrt{x} + \\sqrt[3]{x + 1}")]
    [TestCase("\\sin^{2}{x} + \\operatorname{relu}(x) + \\ln x")]
    [TestCase("sin sin x + cos(sin(x))")]
    [TestCase("tanh(x)^2 - |sin x|")]
    [TestCase("sec(16 + 7/(4*pi) + (sign(13)*Abs(13)**(1/3))*(1e+300 + E))")]
    public void BuildsTheGrammarsTree(string text)
    {
        var tokens = Tokens(text)!;
        var fast = PlainFormulaReader.TryRead(tokens);
        Assert.That(fast, Is.Not.Null, "the formula takes the fast path");
        Assert.That(Dump(fast), Is.EqualTo(Dump(Grammar(tokens))));
    }

    [TestCaseSource(typeof(ReferenceData), nameof(ReferenceData.Derivatives))]
    public void ReadsEveryReferenceFormula(DerivativeCase reference) => BuildsTheGrammarsTree(reference.FCaret);

    [TestCase("\\log_{3} x")]
    [TestCase("\\log_b(x)")]
    [TestCase("x +")]
    [TestCase("sin")]
    [TestCase("sin()")]
    [TestCase("sin(x,)")]
    [TestCase("log(x, 2")]
    [TestCase("sin^ x")]
    [TestCase("sin⁻ x")]
    [TestCase("√")]
    [TestCase("\\frac{1}")]
    [TestCase("\\frac(1)(x)")]
    [TestCase("\\sqrt[3]")]
    [TestCase("\\sqrt(x)")]
    [TestCase("x, y")]
    [TestCase("(x + 1")]
    [TestCase("x ⁻")]
    [TestCase("x ^ )")]
    [TestCase("")]
    public void LeavesEverythingElseToTheGrammar(string text) =>
        Assert.That(PlainFormulaReader.TryRead(Tokens(text) ?? []), Is.Null);

    private const string Alphabet = "0123456789.xyzeπ+-*/^()[]{}|²⁻ ";

    /// <summary>Pieces the random formulas are made of: the plain characters, function names, roots, LaTeX commands.</summary>
    private static readonly string[] Pieces =
    [
        .. Alphabet.Select(c => c.ToString()), " sin ", "cos", "ln ", "log", "exp", "max", "sqrt", "σ", "sigma", "θ", "√", "∛", ",", "³",
        "\\frac", "\\sqrt", "\\sin", "\\log_", "_", "tanh", "e^", "sin(", "log(", "max(", ")",
    ];

    [Test]
    public void AgreesWithTheGrammarOnRandomPlainText() =>
        Assert.That(AgreeingReads(Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(cs => new string(cs))), Is.GreaterThan(500),
            "enough random formulas take the fast path to compare");

    [Test]
    public void AgreesWithTheGrammarOnRandomTextWithFunctions() =>
        Assert.That(AgreeingReads(Gen.ArrayOf(Gen.Elements(Pieces)).Select(ps => string.Concat(ps))), Is.GreaterThan(500),
            "enough random formulas take the fast path to compare");

    /// <summary>How many of the generated formulas the fast path read, each compared with the grammar's tree.</summary>
    private static int AgreeingReads(Gen<string> texts)
    {
        var read = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20000).WithEndSize(40),
            Prop.ForAll(Arb.From(texts), text =>
            {
                if (Tokens(text) is not { } tokens) return true;
                var fast = PlainFormulaReader.TryRead(tokens, out var mayWarn);
                var grammar = Grammar(tokens);
                if (grammar is null && fast is not null)
                    throw new AssertionException($"'{text}': the grammar rejects it, the fast path reads {Dump(fast)}");
                if (fast is not null && Dump(fast) != Dump(grammar))
                    throw new AssertionException($"'{text}': fast path {Dump(fast)}, grammar {Dump(grammar)}");
                if (fast is not null && !mayWarn && AmbiguityDetector.Find(fast, text).Count > 0)
                    throw new AssertionException($"'{text}': the fast path says no warning can arise, the walk finds {AmbiguityDetector.Find(fast, text)[0].Code}");
                if (fast is not null) read++;
                return true;
            }));
        return read;
    }
}
