namespace Differentiator;

/// <summary>
/// The stable codes of errors and notes that are not about a formula's syntax (those are in
/// <see cref="Syntax.DiagnosticCodes"/>): a bad point or option, a value undefined at a point,
/// a budget that ran out, a file that cannot be read or written.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A request that does not make sense: an order below 1, a step that is not positive, a variable list that is empty.</summary>
    public const string InvalidInput = "DX0201";
    /// <summary>A point or array that cannot be read: <c>x=1.0,y=</c>, <c>[1, [2]]</c>.</summary>
    public const string InvalidPoint = "DX0202";
    /// <summary>A point that gives no value for a variable of the formula.</summary>
    public const string MissingValue = "DX0203";
    /// <summary>A value that is not a finite number (<c>inf</c>, <c>nan</c>, <c>1e400</c>).</summary>
    public const string NonFiniteValue = "DX0204";

    /// <summary>Evaluation met a variable without a value.</summary>
    public const string UnboundVariable = "DX0301";
    /// <summary>A function or power outside its domain at the point.</summary>
    public const string Domain = "DX0302";
    /// <summary>A division by zero at the point.</summary>
    public const string DivisionByZero = "DX0303";
    /// <summary>A value too large for a double.</summary>
    public const string Overflow = "DX0304";

    /// <summary>The code of an evaluation error of this kind: DX0301 to DX0304.</summary>
    internal static string Of(Expressions.Evaluation.EvaluationErrorKind kind) => kind switch
    {
        Expressions.Evaluation.EvaluationErrorKind.UnboundVariable => UnboundVariable,
        Expressions.Evaluation.EvaluationErrorKind.DivisionByZero => DivisionByZero,
        Expressions.Evaluation.EvaluationErrorKind.Overflow => Overflow,
        _ => Domain,
    };

    /// <summary>An operation ran out of its time, size or output budget.</summary>
    public const string BudgetExceeded = "DX0401";
    /// <summary>
    /// An expression no text within the parser's limits reads back as (longer than 1,000,000
    /// characters, nested deeper than 1000 levels, an integer of more than 20,000 digits, an
    /// infinity or NaN, a variable whose name reads as something else): the printers refuse it.
    /// </summary>
    public const string NotPrintable = "DX0402";

    /// <summary>
    /// Whether <paramref name="code"/> is that of well-formed input over a size, depth, time or
    /// output limit (<see cref="Syntax.DiagnosticCodes.TooDeep"/>, <see cref="Syntax.DiagnosticCodes.TooLong"/>,
    /// <see cref="BudgetExceeded"/>, <see cref="NotPrintable"/>) rather than input that cannot be used.
    /// </summary>
    public static bool IsOverLimit(string code) =>
        code is Syntax.DiagnosticCodes.TooDeep or Syntax.DiagnosticCodes.TooLong or BudgetExceeded or NotPrintable;

    /// <summary>A file that cannot be read or written.</summary>
    public const string FileError = "DX0501";

    /// <summary>A command line that cannot be read: an unknown command or option, a bad option value, a missing argument.</summary>
    public const string UsageError = "DX0101";

    /// <summary>A web request whose body or query is not what the endpoint reads: not JSON, invalid UTF-8, a field missing, unknown or of the wrong type.</summary>
    public const string BadRequest = "DX0701";
    /// <summary>A web request body larger than the server accepts.</summary>
    public const string RequestTooLarge = "DX0702";
    /// <summary>A client that sent more requests than the server's rate limit allows.</summary>
    public const string TooManyRequests = "DX0703";
    /// <summary>A web request for something the server does not have: an exercise id, practice without an exercise set.</summary>
    public const string NotFound = "DX0704";
    /// <summary>A web request that took longer to arrive than the server waits.</summary>
    public const string RequestTimeout = "DX0705";

    /// <summary>A bug: something failed that no input should make fail.</summary>
    public const string InternalError = "DX0901";

    /// <summary>An exercise set that cannot be read or used: bad YAML or JSON, a missing or unknown field, a duplicate id, an empty domain.</summary>
    public const string ExerciseSet = "DX0801";
    /// <summary>An answers file that cannot be read: no <c>student,exercise,answer</c> header, a row of the wrong shape, an exercise id the set does not have.</summary>
    public const string AnswersFile = "DX0802";

    /// <summary>Note: where a derivative does not exist or rests on an assumption (a kink, a domain condition).</summary>
    public const string DerivativeNote = "DX3001";
    /// <summary>Note: the formula itself is undefined at the point.</summary>
    public const string UndefinedAtPoint = "DX3002";
    /// <summary>Warning: a variable asked for does not occur in the formula.</summary>
    public const string AbsentVariable = "DX3003";
    /// <summary>Note: one partial derivative is undefined at the point while others are defined.</summary>
    public const string PartialUndefined = "DX3004";
    /// <summary>Note: the formula has no variables.</summary>
    public const string NoVariables = "DX3005";
    /// <summary>Warning from the numeric gradient (integer input, truncation, a pole).</summary>
    public const string NumericWarning = "DX3101";
}
