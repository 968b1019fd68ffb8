using System.Text;

namespace Differentiator.Fuzz.Generation;

/// <summary>Unstructured inputs: random bytes, random ASCII, random Unicode with lone surrogates.</summary>
public static class RandomText
{
    private const string FormulaAscii = "xyzwabe0123456789.+-*/^()[]{}|,_ \\=!%";

    /// <summary>Characters a formula's reader must cope with: Greek, superscripts, math signs, invisible ones, surrogates.</summary>
    private static readonly string[] Interesting =
    [
        "α", "β", "θ", "σ", "π", "Σ", "Δ", "ξ", "\u03A2", "²", "³", "⁻", "⁺", "¹", "⁰", "₁", "₂", "√", "∛", "·", "×", "÷", "−", "–", "∗", "⋅", "∕",
        "∂", "∞", "µ", "\u200B", "\uFEFF", "\u00A0", "\u2028", "\t", "\n", "\r", "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "😀", "ｘ", "Ⅹ", "𝑥",
        "\u0301", "\u202E", "\\frac", "\\sqrt", "\\left", "\\right", "\\sigma", "\\pi", "\\", "∑", "∫",
    ];

    /// <summary>1 to <paramref name="maxLength"/> random bytes, read as UTF-8 or as Latin-1.</summary>
    public static string Bytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(1, maxLength + 1)];
        random.NextBytes(bytes);
        return random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Printable ASCII, half of it from the characters formulas are made of.</summary>
    public static string Ascii(Random random, int maxLength)
    {
        var sb = new StringBuilder();
        var length = random.Next(1, maxLength + 1);
        for (var i = 0; i < length; i++)
            sb.Append(random.Next(2) == 0 ? FormulaAscii[random.Next(FormulaAscii.Length)] : (char)random.Next(32, 127));
        return sb.ToString();
    }

    /// <summary>Formula characters mixed with interesting code points, any BMP character and lone surrogates.</summary>
    public static string Unicode(Random random, int maxLength)
    {
        var sb = new StringBuilder();
        var length = random.Next(1, maxLength + 1);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(4))
            {
                case 0: sb.Append(FormulaAscii[random.Next(FormulaAscii.Length)]); break;
                case 1: sb.Append(Interesting[random.Next(Interesting.Length)]); break;
                case 2: sb.Append((char)random.Next(0x80, 0x3000)); break;
                default: sb.Append((char)random.Next(0, 0x10000)); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>One interesting piece (a character, a sign, a LaTeX command, a lone surrogate).</summary>
    public static string InterestingPiece(Random random) => Interesting[random.Next(Interesting.Length)];
}
