using Differentiator.Syntax;

namespace Differentiator.Expressions.Printing;

/// <summary>
/// The readable form: implicit multiplication where it reads back the same (<c>3xy</c>,
/// <c>6x e^(3x^2)</c>), <c>^</c>, spaces around binary <c>+</c> and <c>-</c>. Its output parses
/// back to the same tree, with the same names declared.
/// </summary>
internal sealed class TextPrinter(PrintContext context) : InfixPrinter(context)
{
    public static string Format(Expr e, IEnumerable<string>? declared = null) =>
        new TextPrinter(PrintContext.For(e, declared)).Print(e);

    /// <summary>The same text for showing only: nothing is refused, and a text past the parser's length is cut short.</summary>
    public static string Display(Expr e, IEnumerable<string>? declared = null) =>
        new TextPrinter(PrintContext.For(e, declared, strict: false)).Print(e);

    protected override Level LevelOf(Expr e) =>
        e is Call { Function.Notation: Notation.Exponential } ? Level.Power : base.LevelOf(e);

    protected override string ConstantText(Constant c) => c.Text;

    protected override void WritePower(Expr @base, Expr exponent)
    {
        Write(@base, Level.Atom);
        Emit('^');
        Write(exponent, IsBareExponent(exponent) ? Level.Atom : Level.AlwaysGrouped);
    }

    protected override void WriteCall(Call call)
    {
        var args = call.Arguments;
        switch (call.Function.Notation)
        {
            case Notation.Exponential:
                Emit("e^");
                Write(args[0], IsBareExponent(args[0]) ? Level.Atom : Level.AlwaysGrouped);
                break;
            case Notation.AbsoluteValue:
                WriteArguments(args, "|", "|");
                break;
            case Notation.Logarithm when args.Count == 2:
                Emit("log");
                WriteArguments(args, "(", ")");
                break;
            default:
                Emit(call.Function.Name);
                WriteArguments(args, "(", ")");
                break;
        }
    }

    protected override string Joiner(Expr left, Expr right, string rightStart)
    {
        // After an operand inside |…|, a bar would close the outer bars: |e*|x||, not |e |x||.
        if (char.IsAsciiDigit(rightStart[0]) || rightStart[0] is '.' or '|') return "*";
        if (left is Rational or Real)
            return right is Call { Function.Notation: Notation.Prefix or Notation.Logarithm or Notation.SquareRoot or Notation.CubeRoot } ? " " : "";
        if (left is Symbol l && IsSimpleName(l.Name))
        {
            var run = TrailingLetters();
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
    /// The letters the output ends with, no more than the longest known name: a run of glued
    /// single letters splits into those letters, so only a name reaching back from the end could
    /// change when a letter is added (and printing stays linear).
    /// </summary>
    private string TrailingLetters()
    {
        var sb = Output;
        var window = Context.Vocabulary.LongestName;
        var i = sb.Length;
        while (i > 0 && sb.Length - i < window && GreekLetters.IsNameLetter(sb[i - 1])) i--;
        return sb.ToString(i, sb.Length - i);
    }

    private static string LeadingLetters(string name) => new(name.TakeWhile(GreekLetters.IsNameLetter).ToArray());

    /// <summary>Whether the lexer splits <paramref name="left"/> + <paramref name="right"/> exactly where they meet.</summary>
    private bool ReadsApart(string left, string right)
    {
        if (left.Length == 0) return true;
        var vocabulary = Context.Vocabulary;
        var joined = vocabulary.Split(left + right);
        return joined.SequenceEqual(vocabulary.Split(left).Concat(vocabulary.Split(right)));
    }
}
