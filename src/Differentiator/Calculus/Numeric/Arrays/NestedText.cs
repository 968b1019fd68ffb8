using System.Text;

namespace Differentiator.Calculus.Numeric;

/// <summary>Writes items in C order as a nested list literal: <c>[[a, b], [c, d]]</c>.</summary>
internal static class NestedText
{
    public static string Format(IReadOnlyList<int> shape, IReadOnlyList<string> items)
    {
        if (shape.Count == 0) return items[0];
        var sb = new StringBuilder();
        var position = 0;
        Write(0);
        return sb.ToString();

        void Write(int axis)
        {
            Differentiator.Expressions.StackGuard.Ensure();
            sb.Append('[');
            for (var i = 0; i < shape[axis]; i++)
            {
                if (i > 0) sb.Append(", ");
                if (axis == shape.Count - 1) sb.Append(items[position++]);
                else Write(axis + 1);
            }
            sb.Append(']');
        }
    }
}
