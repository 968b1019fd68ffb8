using System.Globalization;
using Differentiator.Expressions;
using Differentiator.Reports;
using Differentiator.Syntax;

namespace Differentiator.Grading;

/// <summary>
/// Reads an answer for an exercise: its components (one formula, or a list), each parsed in the
/// project's language; or, when it cannot be used, the error with a caret under the place.
/// </summary>
internal static class AnswerReader
{
    /// <summary>The longest answer read, in characters: far above any real derivative, far below what could cost time.</summary>
    public const int MaxLength = 4_000;

    public static (IReadOnlyList<AnswerComponent>? Components, ErrorReport? Error) Read(string answer, PreparedExercise exercise)
    {
        if (answer.Length > MaxLength)
            return Fail(answer[..(MaxLength + 1)], DiagnosticCodes.TooLong,
                $"The answer is {answer.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; an answer may have at most {MaxLength.ToString("N0", CultureInfo.InvariantCulture)}.",
                new SourceSpan(MaxLength, 1));
        if (string.IsNullOrWhiteSpace(answer))
            return Fail(answer, DiagnosticCodes.EmptyFormula, "The answer is empty.", new SourceSpan(0, 1));

        var spans = exercise.Exercise.IsList ? ListSplitter.Split(answer) : [new SourceSpan(0, answer.Length)];
        var wanted = exercise.Components.Count;
        if (!exercise.Exercise.IsList && ListSplitter.IsList(answer))
            return Fail(answer, ErrorCodes.InvalidInput, $"The answer is one {What(exercise)}, not a list.", Whole(answer));
        if (spans.Count != wanted)
            return Fail(answer, ErrorCodes.InvalidInput,
                $"The answer has {spans.Count} component{(spans.Count == 1 ? "" : "s")}; the exercise wants {wanted}: [{string.Join(", ", exercise.Components.Select(c => c.Label))}].",
                Whole(answer));

        var components = new List<AnswerComponent>();
        foreach (var span in spans)
        {
            var text = answer.Substring(span.Start, span.Length);
            if (!Formula.TryParse(text, out var formula, out var error))
                return Fail(answer, error.Code, error.Message, Shift(error.Span, span.Start, answer));
            if (Foreign(formula, exercise) is { } name)
            {
                var at = formula.SpanOf(Expr.Variable(name)) is { } s ? Shift(s, span.Start, answer) : span;
                var message = exercise.Exercise.IsValueExercise
                    ? $"The answer is a number, but this has the variable {name}."
                    : $"The answer uses {name}, which the function does not have (its variables: {NameList.Describe(exercise.Exercise.Function.Variables)}).";
                return Fail(answer, ErrorCodes.InvalidInput, message, at);
            }
            components.Add(new AnswerComponent(formula));
        }
        return (components, null);
    }

    /// <summary>Text as it can be shown in a report's cell: control characters replaced, one for one, so spans still fit.</summary>
    public static string Printable(string answer) =>
        answer.AsSpan().ContainsAnyInRange('\0', '\u001f') || answer.AsSpan().ContainsAnyInRange('\u007f', '\u009f')
            ? string.Create(answer.Length, answer, (span, text) =>
            {
                for (var i = 0; i < text.Length; i++) span[i] = char.IsControl(text[i]) ? '\uFFFD' : text[i];
            })
            : answer;

    private static string? Foreign(Formula formula, PreparedExercise exercise) => exercise.Exercise.IsValueExercise
        ? formula.Variables.FirstOrDefault()
        : formula.Variables.FirstOrDefault(v => !exercise.Exercise.Function.Variables.Contains(v));

    private static string What(PreparedExercise exercise) => exercise.Exercise.IsValueExercise ? "number" : "formula";

    private static SourceSpan Whole(string answer) => new(0, Math.Max(1, answer.Length));

    private static SourceSpan Shift(SourceSpan span, int offset, string answer) =>
        new(Math.Min(span.Start + offset, answer.Length), Math.Max(1, span.Length));

    private static (IReadOnlyList<AnswerComponent>?, ErrorReport?) Fail(string answer, string code, string message, SourceSpan span) =>
        (null, new ErrorReport(code, message, answer, span));
}
