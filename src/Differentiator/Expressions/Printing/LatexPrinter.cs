using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// LaTeX: <c>6x e^{3x^{2}}</c>, <c>\frac{…}{…}</c>, <c>\sin\left(x\right)</c>. Read as LaTeX input
/// by the parser, it gives back the same tree.
/// </summary>
internal sealed class LatexPrinter(PrintContext context) : StackedPrinter(context)
{
    public static string Format(Expr e, IEnumerable<string>? declared = null) =>
        NotDerivativeNotation(new LatexPrinter(PrintContext.For(e, declared)).Print(e));

    /// <summary>
    /// A text that starts like derivative notation (d/(d·d) prints as <c>\frac{d}{d d}</c>, which
    /// reads as d/dd) is put in brackets, which the parser reads as the same tree.
    /// </summary>
    private static string NotDerivativeNotation(string text) =>
        Syntax.DerivativeNotationReader.Read(text).AsFormulaError() is null ? text : $"\\left({text}\\right)";

    /// <summary>The LaTeX for showing only, at most <paramref name="maxCharacters"/> long; a longer one is named, not cut (cut LaTeX would not compile).</summary>
    public static string Display(Expr e, int maxCharacters) =>
        new LatexPrinter(PrintContext.For(e, maxCharacters: maxCharacters, strict: false)).Print(e);

    protected override string CutShortText(string beginning) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\text{{(a formula of more than {Context.MaxCharacters:N0} characters)}}");

    protected override string OpenParen => "\\left(";
    protected override string CloseParen => "\\right)";

    protected override void WriteRational(Rational r)
    {
        if (r.IsInteger)
        {
            base.WriteRational(r);
            return;
        }
        if (r.IsNegative) Emit('-');
        Emit("\\frac{");
        Emit(IntegerText(r.Numerator));
        Emit("}{");
        Emit(IntegerText(r.Denominator));
        Emit('}');
    }

    protected override string ConstantText(Constant c) => c.Latex;

    protected override bool SpellsNamesAsWritten => false;

    protected override string SymbolText(string name)
    {
        var (stem, subscript) = SymbolParts.Of(name);
        return subscript.Length == 0 ? LetterCommand(stem) : LetterCommand(stem) + "_{" + subscript + "}";
    }

    private static string LetterCommand(string stem) =>
        GreekLetters.SpellingOf.TryGetValue(stem, out var spelling) ? "\\" + spelling : stem;

    protected override (string Open, string Between, string Close) FractionParts => ("\\frac{", "}{", "}");

    protected override void WritePower(Expr @base, Expr exponent)
    {
        Write(@base, Level.Atom);
        WriteEnclosed("^{", exponent, "}");
    }

    protected override void WriteCall(Call call)
    {
        var args = call.Arguments;
        switch (call.Function.Notation)
        {
            case Notation.Exponential:
                WriteEnclosed("e^{", args[0], "}");
                break;
            case Notation.SquareRoot:
                WriteEnclosed("\\sqrt{", args[0], "}");
                break;
            case Notation.CubeRoot:
                WriteEnclosed("\\sqrt[3]{", args[0], "}");
                break;
            case Notation.AbsoluteValue:
                WriteArguments(args, "\\left|", "\\right|");
                break;
            case Notation.Logarithm when args.Count == 2 && HasSubscriptBase(args[1]):
                WriteEnclosed("\\log_{", args[1], "}");
                WriteArguments([args[0]], "\\left(", "\\right)");
                break;
            case Notation.Logarithm when args.Count == 2:
                WriteArguments(args, "\\log\\left(", "\\right)");
                break;
            default:
                Emit(call.Function.Latex);
                WriteArguments(args, "\\left(", "\\right)");
                break;
        }
    }

    /// <summary>
    /// A base written <c>\log_{b}</c>: a name, a constant or a whole number, except 2 and 10, which
    /// read as log2 and log10 (so log(x, 2) is written <c>\log\left(x, 2\right)</c>).
    /// </summary>
    private static bool HasSubscriptBase(Expr @base) => @base switch
    {
        Symbol or Constant => true,
        Rational { IsInteger: true, IsNegative: false } r => r.Numerator != 2 && r.Numerator != 10,
        _ => false,
    };

    /// <summary>
    /// A number and what follows it are written side by side (<c>2x</c>, <c>2\pi</c>), a digit or a
    /// fraction after a factor gets <c>\cdot</c>, and anything else a space: LaTeX shows <c>x y</c>
    /// as <c>xy</c>, but the parser reads <c>xy</c> by its names (<c>xi</c> would be ξ). After a lone
    /// σ a bracket would make the sigmoid, so the product is explicit there.
    /// </summary>
    protected override string Joiner(Expr left, Expr right, string rightStart)
    {
        if (char.IsAsciiDigit(rightStart[0]) || rightStart.StartsWith("\\frac", StringComparison.Ordinal)) return " \\cdot ";
        if (left is Rational or Real) return right is Call { Function.Notation: not Notation.Exponential } ? " " : "";
        if (left is Symbol { Name: "σ" } && rightStart.StartsWith("\\left(", StringComparison.Ordinal)) return " \\cdot ";
        return " ";
    }
}
