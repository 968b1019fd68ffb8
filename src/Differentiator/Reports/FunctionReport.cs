using Differentiator.Expressions;

namespace Differentiator.Reports;

/// <summary>
/// One row of the function table as a front end shows it (<c>dx functions</c>): the names a
/// formula may use, how many arguments, the derivative rule, and where the function is defined.
/// </summary>
/// <param name="Name">The canonical name (<c>ln</c>).</param>
/// <param name="Aliases">Other spellings the parser accepts (<c>log</c>).</param>
/// <param name="MinArguments">The fewest arguments.</param>
/// <param name="MaxArguments">The most arguments.</param>
/// <param name="Description">What the function is, in a few words.</param>
/// <param name="Rules">The derivative rule by each argument of the shortest call: <c>d/dx sin(x) = cos(x)</c>.</param>
/// <param name="Domain">Where it is defined, in words; empty when it is defined everywhere.</param>
/// <param name="DerivativeNote">Where its derivative does not exist, if anywhere.</param>
public sealed record FunctionReport(
    string Name,
    IReadOnlyList<string> Aliases,
    int MinArguments,
    int MaxArguments,
    string Description,
    IReadOnlyList<string> Rules,
    string Domain,
    string DerivativeNote)
{
    /// <summary>Every function a formula may call, in the order of <see cref="MathFunctions.All"/>.</summary>
    public static IReadOnlyList<FunctionReport> All() => [.. MathFunctions.All.Select(Of)];

    /// <summary>The row of <paramref name="function"/>, its rules computed by the differentiator itself.</summary>
    public static FunctionReport Of(MathFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        string[] names = function.MinArity == 1 ? ["x"] : [.. Enumerable.Range(0, function.MinArity).Select(i => ((char)('a' + i)).ToString())];
        var call = Formula.FromExpression(Expr.Apply(function, [.. names.Select(n => (Expr)Expr.Variable(n))]));
        var rules = names.Select(n => $"{(names.Length == 1 ? "d" : "∂")}/{(names.Length == 1 ? "d" : "∂")}{n} {call.ToText()} = {call.Differentiate(n).ToText()}");
        return new(function.Name, function.Aliases, function.MinArity, function.MaxArity, function.Description, [.. rules], function.Domain, function.DerivativeNote);
    }
}
