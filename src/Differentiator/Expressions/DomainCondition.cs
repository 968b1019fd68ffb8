using System.Globalization;

namespace Differentiator.Expressions;

/// <summary>
/// One condition of a function's domain, on one argument: <c>x > 0</c> for ln, <c>b != 1</c> for the
/// base of log(x, b). A function's domain is the conjunction of its conditions; when a call is
/// undefined, the first condition that fails is the one a message shows, with the value.
/// </summary>
/// <param name="Argument">Which argument (0 for the first).</param>
/// <param name="Parameter">The argument's name in the table: <c>x</c>, <c>b</c>.</param>
/// <param name="Template">The condition with <c>{0}</c> for the argument: <c>{0} > 0</c>.</param>
/// <param name="Holds">Whether the condition holds for a value of the argument.</param>
public sealed record DomainCondition(int Argument, string Parameter, string Template, Func<double, bool> Holds)
{
    /// <summary>The condition on <paramref name="argument"/>: <c>x - 1 > 0</c>.</summary>
    public string For(string argument) => string.Format(CultureInfo.InvariantCulture, Template, argument);

    /// <inheritdoc/>
    public override string ToString() => For(Parameter);

    internal static DomainCondition Positive(int argument = 0, string parameter = "x") => new(argument, parameter, "{0} > 0", v => v > 0);

    internal static DomainCondition NonNegative => new(0, "x", "{0} >= 0", v => v >= 0);

    internal static DomainCondition UnitInterval => new(0, "x", "-1 <= {0} <= 1", v => v is >= -1 and <= 1);
}
