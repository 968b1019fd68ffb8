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

    /// <summary>The same text for showing only: nothing is refused, and a text past <paramref name="maxCharacters"/> is cut short with "…".</summary>
    public static string Display(Expr e, IEnumerable<string>? declared = null, int maxCharacters = Limits.MaxLength) =>
        new TextPrinter(PrintContext.For(e, declared, maxCharacters, strict: false)).Print(e);

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
            if (right is Symbol or Power { Base: Symbol } && LeadingName(right) is { } name && IsSimpleName(name))
                return ReadsApart(name[0]) ? "" : " ";
            // A run of three letters before '(' reads as an unknown function, and σ( as the sigmoid.
            if (right is Sum) return TrailingRunIsShort() && Output[^1] != 'σ' ? "" : " ";
        }
        return " ";
    }

    private static string? LeadingName(Expr e) => e switch
    {
        Symbol s => s.Name,
        Power { Base: Symbol s } => s.Name,
        _ => null,
    };

    /// <summary>Whether the output ends in at most two letters (after something else), so that '(' may follow.</summary>
    private bool TrailingRunIsShort()
    {
        var sb = Output;
        var n = 0;
        while (n < sb.Length && n < 3 && GreekLetters.IsNameLetter(sb[sb.Length - 1 - n])) n++;
        return n <= 2;
    }

    /// <summary>One letter (Latin or Greek) followed by digits only: such names may be written side by side.</summary>
    private static bool IsSimpleName(string name)
    {
        if (!GreekLetters.IsNameLetter(name[0])) return false;
        for (var i = 1; i < name.Length; i++)
            if (!char.IsAsciiDigit(name[i])) return false;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="letter"/> may be written right after the output so far, which ends in
    /// a run of single-letter names (printed side by side, each reading as itself): only a known name
    /// that ends with the new letter, reaching back at most the longest name's length, could make the
    /// lexer read the run otherwise (<c>x</c> then <c>i</c> is ξ, <c>p</c> then <c>i</c> is π).
    /// </summary>
    private bool ReadsApart(char letter)
    {
        var sb = Output;
        var window = Context.Vocabulary.LongestName;
        Span<char> tail = stackalloc char[window];
        var n = 0;
        for (var i = sb.Length - 1; i >= 0 && n < window - 1 && GreekLetters.IsNameLetter(sb[i]); i--) n++;
        for (var k = 0; k < n; k++) tail[k] = sb[sb.Length - n + k];
        tail[n] = letter;
        return !Context.Vocabulary.EndsWithKnownName(tail[..(n + 1)]);
    }
}
