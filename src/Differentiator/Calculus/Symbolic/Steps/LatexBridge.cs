using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>The one place the symbolic layer asks for LaTeX of a tree (the printers belong to the expression layer).</summary>
internal static class LatexBridge
{
    public static string Print(Expr e) => e.ToLatex();
}
