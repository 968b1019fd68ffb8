using System.Text;

namespace Differentiator.Fuzz.Generation;

/// <summary>
/// Inputs at the parser's limits: nesting just below, at and above <c>Limits.MaxNesting</c> in
/// every form that nests (brackets, signs, powers, bare functions, roots, bars), and long sums,
/// products, letter runs and quotient chains.
/// </summary>
public static class LargeInputs
{
    /// <summary>A nesting around the limit of 1,000.</summary>
    public static string Deep(Random random)
    {
        var depth = random.Next(4) switch
        {
            0 => 999,
            1 => 1000,
            2 => 1001,
            _ => random.Next(1, 1100),
        };
        return random.Next(10) switch
        {
            0 => Repeat("(", depth) + "x" + Repeat(")", depth),
            1 => Repeat("sin(", depth) + "x" + Repeat(")", depth),
            2 => Repeat("-", depth) + "x",
            3 => string.Join("^", Enumerable.Repeat("x", depth)),
            4 => Repeat("√", depth) + "x",
            5 => Repeat("|", depth) + "x" + Repeat("|", depth),
            6 => Repeat("sin ", depth) + "x",
            7 => Repeat("sigmoid(", depth) + "x" + Repeat(")", depth),
            8 => Repeat("(x+", depth) + "1" + Repeat(")", depth),
            _ => Repeat("e^(", depth) + "x" + Repeat(")", depth),
        };
    }

    /// <summary>A long flat formula, 10 to 20,000 parts (log-uniformly).</summary>
    public static string Long(Random random)
    {
        var count = (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(20_000 / 10.0)) * 10);
        var sb = new StringBuilder();
        switch (random.Next(7))
        {
            case 0: return string.Join("*", Enumerable.Repeat("x", count));
            case 1: return Repeat("x", count);
            case 2:
                for (var k = 0; k < count; k++) sb.Append("(x+").Append(k).Append(')');
                return sb.ToString();
            case 3: return "1" + Repeat("/x", count);
            case 4:
                for (var k = 0; k < count; k++) sb.Append(k == 0 ? "" : " + ").Append(k).Append("x^").Append(k % 7);
                return sb.ToString();
            case 5:
                for (var k = 0; k < count; k++) sb.Append((char)('a' + k % 26));
                return sb.ToString();
            default: return string.Join("+", Enumerable.Range(0, count).Select(k => $"sin({k}x)"));
        }
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();
}
