using System.Text;
using Differentiator.Expressions;

namespace Differentiator.Fuzz.Generation;

/// <summary>
/// Random formulas from the language's grammar (<c>grammar/formula.ebnf</c>): numbers of every
/// form, names, constants, the five operators and juxtaposition, signs, function applications
/// with and without brackets (every function and alias of <see cref="MathFunctions"/>, at each of
/// its arities, with powers on the name), bars, the three kinds of bracket, superscripts, roots,
/// and LaTeX's fractions and roots. Brackets follow precedence most of the time, and are left out
/// now and then so that the ambiguity rules are exercised too.
/// </summary>
public sealed class FormulaGenerator(Random random, Spelling spelling)
{
    /// <summary>Mostly x and y (each variable costs a derivative), now and then the other spellings of names.</summary>
    private static readonly string[] Variables = ["x", "x", "x", "x", "x", "x", "y", "y", "y", "z", "t", "x1", "x_2", "w₁", "x_max"];
    private static readonly string[] GreekNames = ["alpha", "beta", "theta", "mu", "lambda", "omega", "phi", "Delta", "epsilon", "xi", "sigma", "tau"];
    private static readonly string[] GreekLetters = ["α", "β", "θ", "μ", "λ", "ω", "φ", "Δ", "ε", "ξ", "σ", "τ"];
    private static readonly string[] Numbers =
    [
        "0", "1", "2", "3", "4", "5", "7", "10", "12", "100", "0.5", "1.5", "2.5e-3", "3.", ".25", "2E3", "1e-5", "0.0", "1.0",
        "1e308", "1e-320", "4.9e-324", "1.7976931348623157e308", "2.9802322387695312e-08", "123456789012345678901234567890", "0.1", "1e15",
    ];
    private static readonly string[] SuperscriptDigits = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"];

    private static readonly IReadOnlyList<(string Name, MathFunction Function)> Functions =
        [.. MathFunctions.All.SelectMany(f => f.Aliases.Prepend(f.Name).Select(n => (n, f)))];

    /// <summary>A formula of at most <paramref name="depth"/> levels.</summary>
    public string Next(int depth) => Sum(depth);

    private bool Chance(double p) => random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Sum(int depth)
    {
        var sb = new StringBuilder(Term(depth));
        var terms = depth <= 0 ? 0 : random.Next(3);
        for (var i = 0; i < terms; i++)
            sb.Append(Chance(0.5) ? " + " : Minus()).Append(Term(depth - 1));
        return sb.ToString();
    }

    private string Term(int depth)
    {
        var sb = new StringBuilder(Unary(depth));
        var factors = depth <= 0 ? 0 : random.Next(3);
        for (var i = 0; i < factors; i++)
        {
            var op = random.Next(4);
            sb.Append(op switch
            {
                0 => Times(),
                1 => Divide(),
                2 => " ",
                _ => "",
            });
            sb.Append(op < 2 ? Unary(depth - 1) : Power(depth - 1));
        }
        return sb.ToString();
    }

    private string Unary(int depth) => Chance(0.1) ? (Chance(0.8) ? Minus().Trim() : "+") + Unary(depth - 1) : Power(depth);

    private string Power(int depth)
    {
        var primary = Primary(depth);
        if (depth <= 0 || !Chance(0.25)) return primary;
        if (spelling == Spelling.Unicode && Chance(0.5)) return primary + Superscript();
        var exponent = Chance(0.15) ? Minus().Trim() + Primary(depth - 1) : Primary(depth - 1);
        if (spelling == Spelling.Latex) return $"{primary}^{{{exponent}}}";
        return primary + (Chance(0.2) ? "**" : "^") + exponent;
    }

    private string Primary(int depth)
    {
        if (depth <= 0) return Leaf();
        return random.Next(10) switch
        {
            0 or 1 => Leaf(),
            2 or 3 => Group(Sum(depth - 1)),
            4 or 5 or 6 => Call(depth - 1),
            7 => Abs(Sum(depth - 1)),
            8 => Root(depth - 1),
            _ => spelling == Spelling.Latex ? $"\\frac{{{Sum(depth - 1)}}}{{{Sum(depth - 1)}}}" : Group(Sum(depth - 1)),
        };
    }

    private string Leaf() => random.Next(10) switch
    {
        < 4 => Pick(Variables),
        < 6 => Pick(Numbers),
        6 => Constant(),
        7 => Chance(0.3) ? Greek() : Constant(),
        8 => random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => (random.NextDouble() * 10).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
    };

    private string Constant() => spelling switch
    {
        Spelling.Latex => Chance(0.5) ? "\\pi" : "e",
        Spelling.Unicode => Chance(0.5) ? "π" : "e",
        _ => Chance(0.5) ? "pi" : (Chance(0.5) ? "e" : "E"),
    };

    private string Greek()
    {
        var i = random.Next(GreekNames.Length);
        return spelling switch
        {
            Spelling.Latex => "\\" + GreekNames[i],
            Spelling.Unicode => GreekLetters[i],
            _ => GreekNames[i],
        };
    }

    private string Call(int depth)
    {
        var (name, function) = Pick(Functions);
        var arity = random.Next(function.MinArity, function.MaxArity + 1);
        var head = spelling == Spelling.Latex && function.Latex.Length > 0 && Chance(0.7) ? function.Latex : name;
        if (spelling == Spelling.Latex && Chance(0.1)) head = $"\\operatorname{{{name}}}";
        if (Chance(0.1)) head += spelling == Spelling.Unicode ? Superscript() : "^" + (Chance(0.3) ? "-1" : "2");
        if (arity == 1 && Chance(0.2)) return head + " " + Power(depth);
        var args = string.Join(", ", Enumerable.Range(0, arity).Select(_ => Sum(depth)));
        return spelling == Spelling.Latex && Chance(0.5) ? $"{head}\\left({args}\\right)" : $"{head}({args})";
    }

    private string Group(string inner) => random.Next(6) switch
    {
        0 => $"[{inner}]",
        1 => spelling == Spelling.Latex ? $"\\{{{inner}\\}}" : $"{{{inner}}}",
        2 when spelling == Spelling.Latex => $"\\left({inner}\\right)",
        _ => $"({inner})",
    };

    private string Abs(string inner) => spelling == Spelling.Latex && Chance(0.5) ? $"\\left|{inner}\\right|" : $"|{inner}|";

    private string Root(int depth) => spelling switch
    {
        Spelling.Latex => Chance(0.3) ? $"\\sqrt[{random.Next(2, 5)}]{{{Sum(depth)}}}" : $"\\sqrt{{{Sum(depth)}}}",
        Spelling.Unicode => (Chance(0.7) ? "√" : "∛") + (Chance(0.5) ? Leaf() : Group(Sum(depth))),
        _ => $"sqrt({Sum(depth)})",
    };

    private string Superscript()
    {
        var sb = new StringBuilder();
        if (Chance(0.2)) sb.Append('⁻');
        sb.Append(SuperscriptDigits[random.Next(1, 10)]);
        if (Chance(0.1)) sb.Append(SuperscriptDigits[random.Next(10)]);
        return sb.ToString();
    }

    private string Minus() => spelling == Spelling.Unicode && Chance(0.5) ? " − " : " - ";

    private string Times() => spelling switch
    {
        Spelling.Latex => Chance(0.5) ? " \\cdot " : " \\times ",
        Spelling.Unicode => Chance(0.5) ? "·" : "×",
        _ => "*",
    };

    private string Divide() => spelling switch
    {
        Spelling.Latex => Chance(0.3) ? " \\div " : "/",
        Spelling.Unicode => Chance(0.3) ? "÷" : "/",
        _ => "/",
    };
}
