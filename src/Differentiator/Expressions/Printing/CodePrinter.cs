using System.Globalization;
using System.Text;

namespace Differentiator.Expressions.Printing;

/// <summary>Which programming language's spelling the code printer uses.</summary>
public enum CodeFlavor
{
    /// <summary><c>6*x*exp(3*x^2)</c>: explicit <c>*</c>, <c>^</c> for powers, plain function names.</summary>
    Plain,
    /// <summary><c>6*x*exp(3*x**2)</c>: what Python and SymPy's <c>sympify</c> accept.</summary>
    Python,
}

/// <summary>Code form: every product has an explicit <c>*</c>, every function is a call.</summary>
internal sealed class CodePrinter(CodeFlavor flavor) : InfixPrinter
{
    private static readonly CodePrinter PlainInstance = new(CodeFlavor.Plain);
    private static readonly CodePrinter PythonInstance = new(CodeFlavor.Python);

    public static string Format(Expr e, CodeFlavor flavor) =>
        (flavor == CodeFlavor.Python ? PythonInstance : PlainInstance).Print(e);

    private string PowerOperator => flavor == CodeFlavor.Python ? "**" : "^";

    protected override string ConstantText(Constant c) => flavor == CodeFlavor.Python ? c.Python : c.Name;

    protected override string SymbolText(string name) =>
        flavor == CodeFlavor.Python ? PythonNames.Of(name) : name;

    protected override void WritePower(StringBuilder sb, Expr @base, Expr exponent)
    {
        Write(sb, @base, Level.Atom);
        sb.Append(PowerOperator);
        Write(sb, exponent, IsBareExponent(exponent) ? Level.Atom : Level.AlwaysGrouped);
    }

    protected override void WriteCall(StringBuilder sb, Call call)
    {
        var f = call.Function;
        if (flavor == CodeFlavor.Python)
        {
            var args = call.Arguments.Select(a => Render(a, Level.Sum)).ToArray<object>();
            var format = f.Notation == Notation.Logarithm && args.Length == 2 ? "log({0}, {1})" : f.PythonFormat;
            sb.Append(string.Format(CultureInfo.InvariantCulture, format, args));
            return;
        }
        sb.Append(f.CodeName);
        WriteArguments(sb, call.Arguments, "(", ")");
    }

    protected override string Joiner(StringBuilder soFar, Expr left, Expr right, string rightText) => "*";
}
