using System.Text;
using Differentiator.Syntax;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// A parsed nested-list literal such as <c>[[1.0, 2.0], [3.0, 4.0]]</c> or <c>[[w, x], [y, z]]</c>:
/// its shape and its items (as text) in C order. Items are separated by commas or spaces; a bare
/// item without brackets is a 0-d literal. Ragged nesting is an error, as in NumPy.
/// </summary>
public sealed class ArrayLiteral
{
    private ArrayLiteral(int[] shape, string[] items)
    {
        Shape = shape;
        Items = items;
    }

    /// <summary>The extent of each axis.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>The items in C order.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Parses a literal.</summary>
    /// <exception cref="InvalidInputException">Unbalanced brackets, an empty item or a ragged nesting.</exception>
    public static ArrayLiteral Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var node = reader.ReadNode(0);
        reader.SkipSpace();
        if (!reader.AtEnd) throw reader.Error("unexpected text after the array");
        var shape = new List<int>();
        ShapeOf(node, shape, text);
        var items = new List<string>();
        Flatten(node, shape, 0, items, text);
        return new([.. shape], [.. items]);
    }

    /// <summary>The error of a literal that cannot be read.</summary>
    internal static InvalidInputException Invalid(string message) => new(message, ErrorCodes.InvalidPoint);

    private static void ShapeOf(object node, List<int> shape, string text)
    {
        while (node is List<object> list)
        {
            shape.Add(list.Count);
            if (list.Count == 0) return;
            node = list[0];
        }
    }

    private static void Flatten(object node, List<int> shape, int axis, List<string> items, string text)
    {
        StackGuardEnsure();
        if (axis == shape.Count)
        {
            if (node is string s) { items.Add(s); return; }
            throw Invalid($"The array '{MessageText.Excerpt(text)}' is ragged: a list stands where a number belongs.");
        }
        if (node is not List<object> list || list.Count != shape[axis])
            throw Invalid($"The array '{MessageText.Excerpt(text)}' is ragged: every row along axis {axis} must have {shape[axis]} items.");
        foreach (var child in list) Flatten(child, shape, axis + 1, items, text);
    }

    private static void StackGuardEnsure() => Differentiator.Expressions.StackGuard.Ensure();

    private sealed class Reader(string text)
    {
        private int _pos;

        public bool AtEnd => _pos >= text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_pos])) _pos++;
        }

        public InvalidInputException Error(string what) =>
            Invalid($"Bad array literal at position {_pos + 1} of '{MessageText.Excerpt(text)}': {what}.");

        public object ReadNode(int depth)
        {
            StackGuardEnsure();
            if (depth > 64) throw Error("nested more than 64 levels");
            SkipSpace();
            if (AtEnd) throw Error("expected a number, a name or '['");
            if (text[_pos] != '[') return ReadItem();
            _pos++;
            var list = new List<object>();
            SkipSpace();
            if (!AtEnd && text[_pos] == ']') { _pos++; return list; }
            while (true)
            {
                list.Add(ReadNode(depth + 1));
                SkipSpace();
                if (AtEnd) throw Error("missing ']'");
                if (text[_pos] == ']') { _pos++; return list; }
                if (text[_pos] == ',') _pos++;
                SkipSpace();
                if (!AtEnd && text[_pos] == ']') throw Error("expected an item after ','");
            }
        }

        private string ReadItem()
        {
            var sb = new StringBuilder();
            while (!AtEnd && text[_pos] is not (',' or '[' or ']') && !char.IsWhiteSpace(text[_pos]))
                sb.Append(text[_pos++]);
            if (sb.Length == 0) throw Error("expected a number or a name");
            return sb.ToString();
        }
    }
}
