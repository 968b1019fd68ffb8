using Differentiator.Syntax;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// Variable names laid out like an input array, e.g. <c>[[w, x], [y, z]]</c> for the lecture's
/// Problem 4: element (i, j) of the input is bound to the name at (i, j).
/// </summary>
public sealed class NameArray
{
    private readonly int[] _shape;
    private readonly string[] _names;

    private NameArray(int[] shape, string[] names)
    {
        _shape = shape;
        _names = names;
    }

    /// <summary>The extent of each axis.</summary>
    public IReadOnlyList<int> Shape => _shape;

    /// <summary>The names in C order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Names of the given shape, in C order.</summary>
    public static NameArray Of(IReadOnlyList<int> shape, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(shape);
        string[] list = [.. names];
        if (list.Length != Shapes.Count(shape))
            throw new ArgumentException($"A shape {Shapes.Text(shape)} array holds {Shapes.Count(shape)} names, not {list.Length}.", nameof(names));
        return new([.. shape], list);
    }

    /// <summary>A vector of names: the formula's variables in order, for a vector input.</summary>
    public static NameArray Vector(params string[] names) => Of([names.Length], names);

    /// <summary>Parses <c>[[w,x],[y,z]]</c>, <c>[x, y]</c> or a single name.</summary>
    /// <exception cref="InvalidInputException">Not a rectangular array of names, or a name repeats.</exception>
    public static NameArray Parse(string text)
    {
        var literal = ArrayLiteral.Parse(text);
        foreach (var name in literal.Items)
            if (!char.IsLetter(name[0]))
                throw ArrayLiteral.Invalid($"'{MessageText.Excerpt(name)}' in '{MessageText.Excerpt(text)}' is not a variable name.");
        var repeated = literal.Items.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw ArrayLiteral.Invalid($"The name '{MessageText.Excerpt(repeated.Key)}' appears twice in '{MessageText.Excerpt(text)}'.");
        return new([.. literal.Shape], [.. literal.Items]);
    }

    /// <summary>The names in the array's own layout: <c>[[w, x], [y, z]]</c>.</summary>
    public override string ToString() => NestedText.Format(_shape, _names);
}
