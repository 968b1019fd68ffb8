using System.Globalization;
using Differentiator.Syntax;

namespace Differentiator.Expressions.Evaluation;

/// <summary>
/// The errors the evaluator throws, with messages in the words of the formula: "division by zero:
/// x - 1 is 0 here", "ln is defined for x > 0, and x = -1 here" (only the condition that failed,
/// with the value). Every echoed subexpression is shortened (<see cref="MessageText"/>).
/// </summary>
internal static class EvaluationErrors
{
    private const int MaxShown = 60;

    public static EvaluationException Unbound(Symbol s) =>
        new(EvaluationErrorKind.UnboundVariable, s, $"The variable '{MessageText.Excerpt(s.Name)}' has no value.");

    /// <summary>A power with a negative exponent at a zero base: <c>1/x</c> at x = 0, or <c>0^-2</c>.</summary>
    public static EvaluationException DivisionByZero(Power p, double @base, double exponent)
    {
        string message;
        if (!Quotients.IsDenominatorFactor(p) && p.Base is not Rational)
            message = $"Division by zero: {Shown(p)} has base 0 and the negative exponent {Format(exponent)}.";
        else if (Expr.Reciprocal(p) is var denominator && denominator is Rational { IsZero: true })
            message = "Division by zero.";
        else
            message = $"Division by zero: {Shown(Expr.Reciprocal(p))} is 0 here.";
        return new(EvaluationErrorKind.DivisionByZero, p, message, null, [@base, exponent]);
    }

    public static EvaluationException NegativeBase(Power p, double @base, double exponent) =>
        new(EvaluationErrorKind.Domain, p,
            $"{Shown(p)} is not a real number at base {Format(@base)} and exponent {Format(exponent)}: a negative base needs an integer exponent.",
            null, [@base, exponent]);

    /// <summary>A call whose value is not finite at finite arguments.</summary>
    public static EvaluationException UndefinedCall(Call c, double[] args, double result)
    {
        var function = c.Function;
        foreach (var condition in function.DomainConditions)
        {
            if (condition.Argument >= args.Length || condition.Holds(args[condition.Argument])) continue;
            var argument = c.Arguments[condition.Argument];
            var shown = HasVariable(argument) ? Shown(argument) : condition.Parameter;
            return new(EvaluationErrorKind.Domain, c,
                $"{NameOf(c)} is defined for {condition.For(shown)}, and {shown} = {Format(args[condition.Argument])} here.", function, args);
        }
        var kind = double.IsNaN(result) || function.DomainConditions.Count > 0 ? EvaluationErrorKind.Domain : EvaluationErrorKind.DivisionByZero;
        if (double.IsInfinity(result) && (function == MathFunctions.Exp || function == MathFunctions.Sinh || function == MathFunctions.Cosh))
            kind = EvaluationErrorKind.Overflow;
        var what = kind == EvaluationErrorKind.Overflow ? "overflows a double" : "is undefined";
        return new(kind, c, $"{Shown(c)} {what} at {string.Join(", ", args.Select(Format))}.", function, args);
    }

    public static EvaluationException Overflow(Expr at) =>
        new(EvaluationErrorKind.Overflow, at, $"{Shown(at)} overflows a double.");

    public static EvaluationException NotANumber(Expr at) =>
        new(EvaluationErrorKind.Domain, at, $"{Shown(at)} is undefined here (an infinity minus an infinity, or zero times an infinity).");

    /// <summary>The name a reader knows the call by: log for log(x, b), whose row is ln.</summary>
    private static string NameOf(Call c) =>
        c.Function.Notation == Notation.Logarithm && c.Arguments.Count == 2 ? "log" : c.Function.Name;

    private static string Shown(Expr e) => MessageText.Excerpt(e.ToString(), MaxShown);

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Whether a variable occurs in <paramref name="e"/> (a shared subtree is looked at once).</summary>
    private static bool HasVariable(Expr e)
    {
        var seen = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Expr>();
        pending.Push(e);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is Symbol) return true;
            if (!seen.Add(node)) continue;
            foreach (var child in node.Children) pending.Push(child);
        }
        return false;
    }
}
