using System.Text;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>LaTeX: <c>6x e^{3x^{2}}</c>, <c>\frac{…}{…}</c>, <c>\sin\left(x\right)</c>.</summary>
internal sealed class LatexPrinter : InfixPrinter
{
    private static readonly LatexPrinter Instance = new();
    private static readonly Dictionary<string, string> CommandOf = GreekLetters.BySpelling
        .Where(kv => !kv.Key.StartsWith("var", StringComparison.Ordinal))
        .ToDictionary(kv => kv.Value, kv => "\\" + kv.Key);

    public static string Format(Expr e) => Instance.Print(e);

    protected override string OpenParen => "\\left(";
    protected override string CloseParen => "\\right)";

    protected override Level LevelOf(Expr e) => e switch
    {
        Call { Function.Notation: Notation.Exponential } => Level.Power,
        Rational { IsInteger: false, IsNegative: false } => Level.Atom,
        _ => base.LevelOf(e),
    };

    protected override void WriteRational(StringBuilder sb, Rational r)
    {
        if (r.IsInteger) { sb.Append(r.ToInvariantString()); return; }
        if (r.IsNegative) sb.Append('-');
        sb.Append("\\frac{").Append(r.Numerator.ToString().TrimStart('-')).Append("}{").Append(r.Denominator).Append('}');
    }

    protected override string ConstantText(Constant c) => c.Latex;

    protected override string SymbolText(string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        var stem = underscore < 0 ? name.TrimEnd("0123456789".ToCharArray()) : name[..underscore];
        var subscript = underscore < 0 ? name[stem.Length..] : name[(underscore + 1)..];
        var head = CommandOf.GetValueOrDefault(stem, stem);
        return subscript.Length == 0 ? head : head + "_{" + subscript + "}";
    }

    protected override void WriteQuotient(StringBuilder sb, IReadOnlyList<Expr> numerator, IReadOnlyList<Expr> denominator)
    {
        sb.Append("\\frac{");
        WriteSide(sb, numerator);
        sb.Append("}{");
        WriteSide(sb, denominator);
        sb.Append('}');
    }

    /// <summary>Inside \frac's braces a lone factor needs no brackets of its own.</summary>
    private void WriteSide(StringBuilder sb, IReadOnlyList<Expr> factors)
    {
        if (factors.Count == 1) Write(sb, factors[0], Level.Sum);
        else WriteFactors(sb, factors);
    }

    protected override void WritePower(StringBuilder sb, Expr @base, Expr exponent)
    {
        Write(sb, @base, Level.Atom);
        sb.Append("^{");
        Write(sb, exponent, Level.Sum);
        sb.Append('}');
    }

    protected override void WriteCall(StringBuilder sb, Call call)
    {
        var args = call.Arguments;
        switch (call.Function.Notation)
        {
            case Notation.Exponential:
                WriteBraced(sb, "e^{", args[0]);
                break;
            case Notation.SquareRoot:
                WriteBraced(sb, "\\sqrt{", args[0]);
                break;
            case Notation.CubeRoot:
                WriteBraced(sb, "\\sqrt[3]{", args[0]);
                break;
            case Notation.AbsoluteValue:
                WriteArguments(sb, args, "\\left|", "\\right|");
                break;
            case Notation.Logarithm when args.Count == 2:
                sb.Append("\\log_{");
                Write(sb, args[1], Level.Sum);
                sb.Append('}');
                WriteArguments(sb, [args[0]], "\\left(", "\\right)");
                break;
            default:
                sb.Append(call.Function.Latex);
                WriteArguments(sb, args, "\\left(", "\\right)");
                break;
        }
    }

    private void WriteBraced(StringBuilder sb, string opening, Expr argument)
    {
        sb.Append(opening);
        Write(sb, argument, Level.Sum);
        sb.Append('}');
    }

    protected override string Joiner(StringBuilder soFar, Expr left, Expr right, string rightText)
    {
        if (rightText.Length == 0 || char.IsAsciiDigit(rightText[0]) || rightText.StartsWith("\\frac", StringComparison.Ordinal)) return " \\cdot ";
        if (left is Rational or Real) return right is Call { Function.Notation: not Notation.Exponential } ? " " : "";
        if (left is Symbol s && right is Symbol or Power { Base: Symbol })
            return rightText.StartsWith('\\') || SymbolText(s.Name).StartsWith('\\') || s.Name.Contains('_', StringComparison.Ordinal) ? " " : "";
        return " ";
    }
}
