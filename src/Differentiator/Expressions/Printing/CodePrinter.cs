namespace Differentiator.Expressions.Printing;

/// <summary>Which programming language's spelling the code printer uses.</summary>
public enum CodeFlavor
{
    /// <summary><c>6*x*exp(3*x^2)</c>: explicit <c>*</c>, <c>^</c> for powers, plain function names.</summary>
    Plain,
    /// <summary>
    /// <c>6*x*exp(3*x**2)</c>: what Python and SymPy's <c>sympify</c> accept, with the same values
    /// (<c>Heaviside(x, 1)</c> for the step, the real cube root for <c>cbrt</c>, Greek letters
    /// spelled out, λ as SymPy's <c>lamda</c>). A variable named like a SymPy object (<c>I</c>,
    /// <c>N</c>, <c>S</c>, <c>O</c>, <c>Q</c>, <c>beta</c>, <c>gamma</c>, <c>zeta</c>) needs a
    /// <c>local_dict</c> of symbols when SymPy parses the text.
    /// </summary>
    Python,
}

/// <summary>Code form: every product has an explicit <c>*</c>, every function is a call.</summary>
internal sealed class CodePrinter(PrintContext context, CodeFlavor flavor) : InfixPrinter(context)
{
    public static string Format(Expr e, CodeFlavor flavor, IEnumerable<string>? declared = null) =>
        new CodePrinter(PrintContext.For(e, declared), flavor).Print(e);

    private bool IsPython => flavor == CodeFlavor.Python;

    protected override string ConstantText(Constant c) => IsPython ? c.Python : c.Name;

    protected override bool SpellsNamesAsWritten => !IsPython;

    protected override string SymbolText(string name) => IsPython ? PythonNames.Of(name) : name;

    protected override void WritePower(Expr @base, Expr exponent)
    {
        Write(@base, Level.Atom);
        Emit(IsPython ? "**" : "^");
        Write(exponent, IsBareExponent(exponent) ? Level.Atom : Level.AlwaysGrouped);
    }

    protected override void WriteCall(Call call)
    {
        if (!IsPython)
        {
            Emit(call.Function.CodeName);
            WriteArguments(call.Arguments, "(", ")");
            return;
        }
        var args = call.Arguments;
        var spelling = call.Function.Notation == Notation.Logarithm && args.Count == 2 ? PythonSpelling.LogarithmToBase : PythonSpelling.Of(call.Function);
        // A spelling that is not one call (1/(1 + exp(-(x)))) is bracketed, so that it stays one factor: x/(1/(…)).
        if (!spelling.IsOneCall) Emit('(');
        foreach (var piece in spelling.Pieces)
        {
            if (piece.Argument is { } i) Write(args[i], Level.Sum);
            else Emit(piece.Text!);
        }
        if (!spelling.IsOneCall) Emit(')');
    }

    protected override string Joiner(Expr left, Expr right, string rightStart) => "*";
}
