namespace Differentiator.Expressions.Printing;

/// <summary>A variable's name as a stem and a subscript, the way LaTeX and MathML write it: <c>w1</c> is w₁, <c>x_max</c> is x with max below.</summary>
internal static class SymbolParts
{
    public static (string Stem, string Subscript) Of(string name)
    {
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore >= 0) return (name[..underscore], name[(underscore + 1)..]);
        var stem = name.TrimEnd("0123456789".ToCharArray());
        return (stem, name[stem.Length..]);
    }
}
