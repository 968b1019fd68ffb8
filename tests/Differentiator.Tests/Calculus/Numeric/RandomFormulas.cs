using Differentiator.Calculus.Numeric;
using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Calculus.Numeric;

/// <summary>Random trees over a few variables, using every kind of node and every function row.</summary>
internal sealed class RandomFormulas(int seed)
{
    private static readonly string[] Names = ["a", "b", "c", "d"];
    private readonly Random _random = new(seed);

    public Expr Next(int depth = 4)
    {
        if (depth == 0 || _random.Next(5) == 0) return Leaf();
        return _random.Next(6) switch
        {
            0 => Add(Enumerable.Range(0, _random.Next(2, 5)).Select(_ => Next(depth - 1))),
            1 => Multiply(Enumerable.Range(0, _random.Next(2, 4)).Select(_ => Next(depth - 1))),
            2 => Divide(Next(depth - 1), Next(depth - 1)),
            3 => Pow(Next(depth - 1), _random.Next(3) == 0 ? Next(depth - 1) : Number(_random.Next(-3, 4))),
            _ => Call(depth),
        };
    }

    public Dictionary<string, double> Point() =>
        Names.ToDictionary(n => n, _ => Math.Round(_random.NextDouble() * 4 - 1, 3));

    private Expr Call(int depth)
    {
        var function = MathFunctions.All[_random.Next(MathFunctions.All.Count)];
        return Apply(function, [.. Enumerable.Range(0, function.MinArity).Select(_ => Next(depth - 1))]);
    }

    private Expr Leaf() => _random.Next(4) switch
    {
        0 => Number(_random.Next(1, 6)),
        1 => Decimal(Math.Round(_random.NextDouble() * 3, 2)),
        2 => Constant.Pi,
        _ => Variable(Names[_random.Next(Names.Length)]),
    };

    public static NameArray AllNames => NameArray.Vector(Names);

    public static double[] Values(Dictionary<string, double> point) => [.. Names.Select(n => point[n])];
}
