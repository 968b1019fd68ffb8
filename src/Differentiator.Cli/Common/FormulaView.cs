using Differentiator.Expressions;
using Differentiator.Expressions.Printing;

namespace Differentiator.Cli;

/// <summary>Prints an expression in the chosen output format.</summary>
public static class FormulaView
{
    /// <summary>The expression as text, code or LaTeX (JSON callers use <see cref="Json"/>).</summary>
    public static string Show(Expr e, OutputFormat format) => format switch
    {
        OutputFormat.Code => e.ToCode(CodeFlavor.Plain),
        OutputFormat.Latex => e.ToLatex(),
        _ => e.ToText(),
    };
}
