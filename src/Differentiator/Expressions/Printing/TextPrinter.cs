using System.Text;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// The readable form: implicit multiplication where it reads back the same (<c>3xy</c>,
/// <c>6x e^(3x^2)</c>), <c>^</c>, spaces around binary <c>+</c> and <c>-</c>. Its output parses
/// back to the same tree.
/// </summary>
internal sealed class TextPrinter : InfixPrinter
{
    private static readonly TextPrinter Instance = new();

    public static string Format(Expr e) => Instance.Print(e);

    protected override Level LevelOf(Expr e) =>
        e is Call { Function.Notation: Notation.Exponential } ? Level.Power : base.LevelOf(e);

    protected override string ConstantText(Constant c) => c.Text;

    protected override void WritePower(StringBuilder sb, Expr @base, Expr exponent)
    {
        Write(sb, @base, Level.Atom);
        sb.Append('^');
        Write(sb, exponent, IsBareExponent(exponent) ? Level.Atom : Level.AlwaysGrouped);
    }

    protected override void WriteCall(StringBuilder sb, Call call)
    {
        var args = call.Arguments;
        switch (call.Function.Notation)
        {
            case Notation.Exponential:
                sb.Append('e');
                sb.Append('^');
                Write(sb, args[0], IsBareExponent(args[0]) ? Level.Atom : Level.AlwaysGrouped);
                break;
            case Notation.AbsoluteValue:
                WriteArguments(sb, args, "|", "|");
                break;
            case Notation.Logarithm when args.Count == 2:
                sb.Append("log");
                WriteArguments(sb, args, "(", ")");
                break;
            default:
                sb.Append(call.Function.Name);
                WriteArguments(sb, args, "(", ")");
                break;
        }
    }

    protected override string Joiner(StringBuilder soFar, Expr left, Expr right, string rightText)
    {
        // After an operand inside |…|, a bar would close the outer bars: |e*|x||, not |e |x||.
        if (rightText.Length == 0 || char.IsAsciiDigit(rightText[0]) || rightText[0] is '.' or '|') return "*";
        if (left is Rational or Real)
            return right is Call { Function.Notation: Notation.Prefix or Notation.Logarithm or Notation.SquareRoot or Notation.CubeRoot } ? " " : "";
        if (left is Symbol l && IsSimpleName(l.Name))
        {
            var run = TrailingLetters(soFar);
            if (right is Symbol or Power { Base: Symbol } && LeadingName(right) is { } name && IsSimpleName(name))
                return ReadsApart(run, LeadingLetters(name)) ? "" : " ";
            // A run of three letters before '(' reads as an unknown function, and σ( as the sigmoid.
            if (right is Sum) return run.Length <= 2 && !run.EndsWith('σ') ? "" : " ";
        }
        return " ";
    }

    private static string? LeadingName(Expr e) => e switch
    {
        Symbol s => s.Name,
        Power { Base: Symbol s } => s.Name,
        _ => null,
    };

    /// <summary>One letter (Latin or Greek) followed by digits only: such names may be written side by side.</summary>
    private static bool IsSimpleName(string name) =>
        GreekLetters.IsNameLetter(name[0]) && name.Skip(1).All(char.IsAsciiDigit);

    /// <summary>
    /// The letters the output ends with, at most <see cref="LetterWindow"/> of them: a known name is
    /// shorter than that, so no split can reach further back (and printing stays linear).
    /// </summary>
    private static string TrailingLetters(StringBuilder sb)
    {
        var i = sb.Length;
        while (i > 0 && sb.Length - i < LetterWindow && GreekLetters.IsNameLetter(sb[i - 1])) i--;
        return sb.ToString(i, sb.Length - i);
    }

    private const int LetterWindow = 16;

    private static string LeadingLetters(string name) => new(name.TakeWhile(GreekLetters.IsNameLetter).ToArray());

    /// <summary>Whether the lexer splits <paramref name="left"/> + <paramref name="right"/> exactly where they meet.</summary>
    private static bool ReadsApart(string left, string right)
    {
        if (left.Length == 0) return true;
        var vocabulary = StandardVocabulary.Instance;
        var joined = vocabulary.Split(left + right);
        return joined.SequenceEqual(vocabulary.Split(left).Concat(vocabulary.Split(right)));
    }
}
