using Differentiator.Expressions;

namespace Differentiator.Expressions.Evaluation;

/// <summary>What went wrong while evaluating.</summary>
public enum EvaluationErrorKind
{
    /// <summary>A variable has no value.</summary>
    UnboundVariable,
    /// <summary>A function or power outside its domain, e.g. <c>ln(-1)</c> or <c>(-8)^(1/3)</c>.</summary>
    Domain,
    /// <summary>A division by zero, e.g. <c>1/x</c> at <c>x = 0</c>.</summary>
    DivisionByZero,
    /// <summary>A finite computation whose result is too large for a double, e.g. <c>e^1000</c>.</summary>
    Overflow,
}

/// <summary>
/// Evaluation failed; <see cref="Kind"/> says why and <see cref="Subexpression"/> where. A
/// <see cref="Formula"/> turns it into a diagnostic with a caret under the part of its text that
/// failed: <see cref="Formula.Diagnose"/>.
/// </summary>
public sealed class EvaluationException : Exception
{
    internal EvaluationException(EvaluationErrorKind kind, Expr subexpression, string message,
        MathFunction? function = null, IReadOnlyList<double>? arguments = null) : base(message)
    {
        Kind = kind;
        Subexpression = subexpression;
        Function = function;
        Arguments = arguments ?? [];
    }

    /// <summary>Why evaluation failed.</summary>
    public EvaluationErrorKind Kind { get; }

    /// <summary>The part of the formula that failed: the call, power, quotient, sum or variable.</summary>
    public Expr Subexpression { get; }

    /// <summary>The function whose call failed (<c>ln</c> for <c>ln(-1)</c>), or null when no call did.</summary>
    public MathFunction? Function { get; }

    /// <summary>The values at which <see cref="Subexpression"/> failed: a call's arguments, or a power's base and exponent; empty otherwise.</summary>
    public IReadOnlyList<double> Arguments { get; }

    /// <summary>Where in a formula's text the failure is, when it was located there (see <see cref="Formula.Evaluate(Point)"/>); null otherwise.</summary>
    public Syntax.Diagnostic? Location { get; private init; }

    /// <summary>The formula's text <see cref="Location"/> refers to.</summary>
    public string? FormulaText { get; private init; }

    /// <summary>The same error, located under the part of <paramref name="source"/> that failed.</summary>
    internal EvaluationException Located(string source, Syntax.Diagnostic location) =>
        new(Kind, Subexpression, Message, Function, Arguments) { Location = location, FormulaText = source };
}
