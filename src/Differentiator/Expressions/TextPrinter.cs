namespace Differentiator.Expressions;

internal static class TextPrinter
{
    public static string Print(Expr e) => e.GetType().Name; // placeholder: replaced by the real printer
}
