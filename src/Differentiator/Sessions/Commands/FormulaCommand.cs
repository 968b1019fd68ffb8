using Differentiator.Sessions.Lines;
using Differentiator.Syntax;

namespace Differentiator.Sessions.Commands;

/// <summary>
/// Any other line is a formula, shown as read and evaluated when every variable has a value:
/// <c>f(1, 2)</c>, <c>x^2 sin x</c>, <c>d/dx f</c>, <c>f'(3)</c>, <c>f at x=2</c>. Its result becomes <c>ans</c>.
/// </summary>
internal sealed class FormulaCommand : ISessionCommand
{
    public IReadOnlyList<HelpEntry> Help { get; } =
    [
        new("<formula>", "f(1, 2)", "Shows the formula as read, with warnings, and its value when every variable has one."),
        new("<formula> at <point>", "f at (1.0, 2.0)", "The value at a point: values in variable order, or x=1.0, y=2.0."),
        new("d/dx <formula>", "d/dx f", "The derivative; also ∂/∂y f, d^2/dx^2 f, d²/dx² f, d/dx d/dy f."),
        new("f'(x)", "g'(3)", "The derivative of a function of one variable (here g(x) = x^2), at x or at a value; f''(x) the second."),
        new("ans", "d/dx ans", "The last result."),
    ];

    public CommandOutcome? TryRun(Session session, string line, SourceSpan content, bool inFile)
    {
        var (formulaSpan, pointSpan) = AtClause.Split(line, content);
        var operand = OperandReader.Read(session, line, formulaSpan);
        var point = pointSpan is { } p ? PointReader.Read(session, line, p, operand.Variables) : null;
        // A formula without variables is worked out exactly (f(1, 2) is 16, not 2 + 6 + 2^3); one with variables is shown as read.
        var formula = point is null && operand.Formula.Variables.Count == 0 ? operand.Formula.Simplify() : operand.Formula;
        var (value, error) = Values.Of(formula, point);
        var result = new FormulaResult(formula, value, error) { Messages = operand.Messages };
        return new CommandOutcome(session.With(answer: AnswerOf(formula, value, point)), result);
    }

    /// <summary>What <c>ans</c> becomes: the formula, or its value at the point when one was given.</summary>
    private static Formula AnswerOf(Formula formula, double? value, Point? point) =>
        point is not null && value is { } v ? Formula.FromExpression(Expressions.Real.Of(v)) : formula;
}
