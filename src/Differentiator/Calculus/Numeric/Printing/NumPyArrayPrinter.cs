using System.Globalization;
using System.Text;

namespace Differentiator.Calculus.Numeric;

/// <summary>
/// NumPy 1.24's <c>str(array)</c> with the default print options: elements formatted with one
/// common format (<see cref="NumPyFloatFormat"/>, or right-aligned integers), separated by a space,
/// wrapped at 75 characters, rows of a matrix on their own lines, a blank line between the blocks of
/// higher ranks, and arrays of more than 1000 elements summarised with <c>...</c> (three items at
/// each edge).
/// </summary>
internal static class NumPyArrayPrinter
{
    private const int LineWidth = 75;
    private const int Threshold = 1000;
    private const int EdgeItems = 3;
    private const string Separator = " ";
    private const string SummaryInsert = "...";

    public static string Print(NdArray array)
    {
        if (array.Rank == 0) return array.ElementText(0);
        var shape = array.Shape;
        if (array.Count == 0) return "[]";
        var summarise = array.Count > Threshold;
        var shown = ElementIterator.Over(shape).Where(e => !summarise || IsEdge(e.Index, shape)).Select(e => e.Flat).ToList();
        Func<int, string> format;
        if (array.DType == DType.Float64)
        {
            var floatFormat = NumPyFloatFormat.For(shown.Select(array.GetDouble).ToList());
            format = flat => floatFormat.Format(array.GetDouble(flat));
        }
        else
        {
            var values = shown.Select(array.GetInt64).ToList();
            var width = Math.Max(Text(values.Max()).Length, Text(values.Min()).Length);
            format = flat => Text(array.GetInt64(flat)).PadLeft(width);
        }
        var index = new int[shape.Count];
        return Recurse(0, " ", LineWidth);

        string Recurse(int axis, string hangingIndent, int currentWidth)
        {
            Differentiator.Expressions.StackGuard.Ensure();
            if (axis == shape.Count) return format(Shapes.Offset(shape, index));
            var nextIndent = hangingIndent + " ";
            var nextWidth = currentWidth - 1;
            var length = shape[axis];
            var showSummary = summarise && 2 * EdgeItems < length;
            var leading = showSummary ? EdgeItems : 0;
            var trailing = showSummary ? EdgeItems : length;
            var s = new StringBuilder();
            if (axis == shape.Count - 1)
            {
                var elementWidth = currentWidth - 1;
                var line = new StringBuilder(hangingIndent);
                for (var i = 0; i < leading; i++)
                {
                    Extend(s, line, Item(i), elementWidth, hangingIndent);
                    line.Append(Separator);
                }
                if (showSummary)
                {
                    Extend(s, line, SummaryInsert, elementWidth, hangingIndent);
                    line.Append(Separator);
                }
                for (var i = trailing; i > 1; i--)
                {
                    Extend(s, line, Item(length - i), elementWidth, hangingIndent);
                    line.Append(Separator);
                }
                Extend(s, line, Item(length - 1), elementWidth, hangingIndent);
                s.Append(line);
            }
            else
            {
                var lineSeparator = new string('\n', shape.Count - axis - 1);
                for (var i = 0; i < leading; i++)
                    s.Append(hangingIndent).Append(Item(i)).Append(lineSeparator);
                if (showSummary) s.Append(hangingIndent).Append(SummaryInsert).Append(lineSeparator);
                for (var i = trailing; i > 1; i--)
                    s.Append(hangingIndent).Append(Item(length - i)).Append(lineSeparator);
                s.Append(hangingIndent).Append(Item(length - 1));
            }
            return "[" + s.ToString(hangingIndent.Length, s.Length - hangingIndent.Length) + "]";

            string Item(int i)
            {
                index[axis] = i;
                return Recurse(axis + 1, nextIndent, nextWidth);
            }
        }
    }

    /// <summary>NumPy's <c>_extendLine</c>: wrap before a word that would pass the width, unless wrapping cannot help.</summary>
    private static void Extend(StringBuilder s, StringBuilder line, string word, int width, string nextLinePrefix)
    {
        var needsWrap = line.Length + word.Length > width && line.Length > nextLinePrefix.Length;
        if (needsWrap)
        {
            s.Append(line.ToString().TrimEnd()).Append('\n');
            line.Clear().Append(nextLinePrefix);
        }
        line.Append(word);
    }

    private static bool IsEdge(IReadOnlyList<int> index, IReadOnlyList<int> shape)
    {
        for (var axis = 0; axis < shape.Count; axis++)
        {
            if (shape[axis] <= 2 * EdgeItems) continue;
            if (index[axis] >= EdgeItems && index[axis] < shape[axis] - EdgeItems) return false;
        }
        return true;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
