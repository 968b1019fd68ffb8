using System.Globalization;
using System.Security;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// Presentation MathML: <c>&lt;mfrac&gt;</c> for quotients, <c>&lt;msup&gt;</c> for powers,
/// <c>&lt;msqrt&gt;</c> and <c>&lt;mroot&gt;</c> for roots, functions applied with U+2061, names
/// with subscripts as <c>&lt;msub&gt;</c>, products with an invisible times (U+2062) or a
/// <c>·</c> between numbers. Every text node is XML-escaped.
/// </summary>
internal sealed class MathMlPrinter(PrintContext context) : StackedPrinter(context)
{
    /// <summary>MathML spells a formula out at several times the length of its text; it may be this much longer.</summary>
    public const int MaxCharacters = 10 * Limits.MaxLength;

    private const string ApplyFunction = "<mo>&#x2061;</mo>";
    private const string InvisibleTimes = "<mo>&#x2062;</mo>";
    private const string MiddleDot = "<mo>&#x00B7;</mo>";
    private const string Minus = "<mo>&#x2212;</mo>";

    public static string Format(Expr e) => new MathMlPrinter(PrintContext.For(e, maxCharacters: MaxCharacters)).Print(e);

    protected override bool ReadsBack => false;

    /// <summary>Infinities and NaN are shown as ∞ and NaN: MathML is read by people, not by the parser.</summary>
    private static readonly Dictionary<string, string> NonFinite = new(StringComparer.Ordinal) { ["inf"] = "∞", ["-inf"] = "−∞", ["nan"] = "NaN" };

    protected override void WriteWhole(Expr e)
    {
        Emit("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">");
        Write(e, Level.Sum);
        Emit("</math>");
    }

    protected override string OpenParen => "<mrow><mo>(</mo>";
    protected override string CloseParen => "<mo>)</mo></mrow>";
    protected override string PlusText => "<mo>+</mo>";
    protected override string MinusText => Minus;
    protected override string NegativeSign => Minus;

    protected override void WriteRational(Rational r)
    {
        if (r.IsNegative) Emit(Minus);
        if (r.IsInteger)
        {
            Leaf("mn", IntegerText(r.Numerator));
            return;
        }
        Emit("<mfrac>");
        Leaf("mn", IntegerText(r.Numerator));
        Leaf("mn", IntegerText(r.Denominator));
        Emit("</mfrac>");
    }

    /// <summary><c>2.5</c>; <c>1e+300</c> as 1 × 10^300.</summary>
    protected override void WriteReal(double value)
    {
        var text = DecimalText(value);
        if (NonFinite.TryGetValue(text, out var shown))
        {
            Leaf("mi", shown);
            return;
        }
        var e = text.IndexOf('e', StringComparison.Ordinal);
        if (text.StartsWith('-'))
        {
            Emit(Minus);
            text = text[1..];
            e--;
        }
        if (e < 0)
        {
            Leaf("mn", text);
            return;
        }
        var exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        Emit("<mrow>");
        Leaf("mn", text[..e]);
        Emit("<mo>&#x00D7;</mo><msup><mn>10</mn>");
        if (exponent < 0)
        {
            Emit("<mrow>");
            Emit(Minus);
            Leaf("mn", (-exponent).ToString(CultureInfo.InvariantCulture));
            Emit("</mrow>");
        }
        else Leaf("mn", exponent.ToString(CultureInfo.InvariantCulture));
        Emit("</msup></mrow>");
    }

    protected override bool SpellsNamesAsWritten => false;

    protected override string SymbolText(string name)
    {
        var (stem, subscript) = SymbolParts.Of(name);
        var head = Node("mi", stem);
        if (subscript.Length == 0) return head;
        var below = subscript.All(char.IsAsciiDigit) ? Node("mn", subscript) : Node("mi", subscript);
        return "<msub>" + head + below + "</msub>";
    }

    protected override string ConstantText(Constant c) => Node("mi", c.Text);

    protected override (string Open, string Between, string Close) FractionParts => ("<mfrac><mrow>", "</mrow><mrow>", "</mrow></mfrac>");

    protected override void WritePower(Expr @base, Expr exponent)
    {
        Emit("<msup><mrow>");
        Write(@base, Level.Atom);
        Emit("</mrow>");
        WriteEnclosed("<mrow>", exponent, "</mrow></msup>");
    }

    protected override void WriteCall(Call call)
    {
        var args = call.Arguments;
        var f = call.Function;
        switch (f.Notation)
        {
            case Notation.Exponential:
                WriteEnclosed("<msup><mi>e</mi><mrow>", args[0], "</mrow></msup>");
                return;
            case Notation.SquareRoot:
                WriteEnclosed("<msqrt>", args[0], "</msqrt>");
                return;
            case Notation.CubeRoot:
                WriteEnclosed("<mroot><mrow>", args[0], "</mrow><mn>3</mn></mroot>");
                return;
            case Notation.AbsoluteValue:
                WriteEnclosed("<mrow><mo>|</mo>", args[0], "<mo>|</mo></mrow>");
                return;
        }
        Emit("<mrow>");
        if (f.Notation == Notation.Logarithm && args.Count == 2)
        {
            WriteEnclosed("<msub><mi>log</mi><mrow>", args[1], "</mrow></msub>");
            args = [args[0]];
        }
        else Emit(FunctionName(f));
        Emit(ApplyFunction);
        Emit("<mrow><mo>(</mo>");
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0) Emit("<mo>,</mo>");
            Write(args[i], Level.Sum);
        }
        Emit("<mo>)</mo></mrow></mrow>");
    }

    /// <summary>The function's name as its LaTeX writes it: <c>sin</c>, <c>arcsin</c>, <c>relu</c>, <c>σ</c>, log with a subscript 2.</summary>
    private static string FunctionName(MathFunction f)
    {
        var latex = f.Latex;
        const string operatorName = "\\operatorname{";
        if (latex.StartsWith(operatorName, StringComparison.Ordinal)) return Node("mi", latex[operatorName.Length..^1]);
        if (latex.StartsWith("\\log_{", StringComparison.Ordinal))
            return "<msub><mi>log</mi>" + Node("mn", latex["\\log_{".Length..^1]) + "</msub>";
        var name = latex.TrimStart('\\');
        return Node("mi", GreekLetters.BySpelling.GetValueOrDefault(name, name));
    }

    /// <summary>Between factors: a middle dot before a number (2·3, x·2^y), else the invisible times.</summary>
    protected override string Joiner(Expr left, Expr right, string rightStart) =>
        StartsWithNumber(right) ? MiddleDot : InvisibleTimes;

    private bool StartsWithNumber(Expr e) => e switch
    {
        Rational or Real => true,
        Power p => LevelOf(p.Base) >= Level.Atom && StartsWithNumber(p.Base),
        _ => false,
    };

    private void Leaf(string tag, string text) => Emit(Node(tag, text));

    private static string Node(string tag, string text) => $"<{tag}>{SecurityElement.Escape(text)}</{tag}>";
}
