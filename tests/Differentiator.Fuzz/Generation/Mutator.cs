using System.Text;

namespace Differentiator.Fuzz.Generation;

/// <summary>Mutations of a seed formula: insertions, deletions, duplications, swaps, splices, extreme numbers, wrapping.</summary>
public sealed class Mutator(Random random, Corpus corpus)
{
    private static readonly string[] Tokens =
    [
        "+", "-", "*", "/", "^", "**", "(", ")", "[", "]", "{", "}", "|", ",", " ", "x", "y", "e", "pi", "sin", "ln", "log", "sqrt", "abs",
        "sigmoid", "max", "min", "step", "relu", "softplus", "tanh", "exp", "log2", "log10", "cbrt", "sign", "0", "1", "2", ".", "e3",
        "1e308", "0.0", "2^1024", "10^400", "1/0", "0^0", "-", "--", "^-", "_", "_1", "d/dx", "\\frac{", "}{", "\\left(", "\\right)",
    ];

    private static readonly string[] Extremes =
    [
        "0", "0.0", "-0.0", "1e308", "1.7976931348623157e308", "4.9e-324", "1e-320", "2^1024", "2^-1074", "1" + new string('0', 400),
        "9" + new string('9', 30), "1e15", "1e-15", "3.0000000000000004", "2.9802322387695312e-08", "1e309",
    ];

    private static readonly string[] Wrappers = ["sin", "ln", "sqrt", "abs", "sigmoid", "exp", "tanh", "asin", "relu", "log2", "cbrt", "1/", "-"];

    /// <summary>A corpus formula with one to four mutations.</summary>
    public string Next()
    {
        var text = corpus.Formulas[random.Next(corpus.Formulas.Count)];
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++) text = Mutate(text);
        return text;
    }

    private string Mutate(string text)
    {
        if (text.Length == 0) return Tokens[random.Next(Tokens.Length)];
        var at = random.Next(text.Length + 1);
        var (from, to) = Range(text);
        switch (random.Next(9))
        {
            case 0: return text.Insert(at, Tokens[random.Next(Tokens.Length)]);
            case 1: return text.Insert(at, RandomText.InterestingPiece(random));
            case 2: return text.Remove(from, to - from);
            case 3: return text.Insert(at, text[from..to]);
            case 4: return ReplaceNumber(text);
            case 5:
                var other = corpus.Formulas[random.Next(corpus.Formulas.Count)];
                return text[..at] + other[random.Next(other.Length + 1)..];
            case 6:
                return $"{Wrappers[random.Next(Wrappers.Length)]}({text})";
            case 7: return text[..from] + (char)(text[from < text.Length ? from : 0] ^ (1 << random.Next(7))) + text[Math.Min(text.Length, from + 1)..];
            default:
                var sb = new StringBuilder(text);
                var (a, b) = (random.Next(text.Length), random.Next(text.Length));
                (sb[a], sb[b]) = (sb[b], sb[a]);
                return sb.ToString();
        }
    }

    private (int From, int To) Range(string text)
    {
        var from = random.Next(text.Length);
        return (from, Math.Min(text.Length, from + 1 + random.Next(Math.Min(8, text.Length - from))));
    }

    private string ReplaceNumber(string text)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
        var extreme = Extremes[random.Next(Extremes.Length)];
        if (digits.Count == 0) return text + "*" + extreme;
        var start = digits[random.Next(digits.Count)];
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
        return text[..start] + extreme + text[end..];
    }
}
