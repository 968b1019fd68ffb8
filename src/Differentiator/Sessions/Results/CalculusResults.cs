using Differentiator.Reports;

namespace Differentiator.Sessions;

/// <summary><c>steps d/dx e^(3x^2)</c>: the derivative with its working (the report holds the stages).</summary>
public sealed record StepsResult(DiffReport Report) : SessionResult;

/// <summary><c>grad f</c> (the partial derivatives) or <c>grad f at (1, 2)</c> (and their values).</summary>
public sealed record GradientResult(DiffReport Report) : SessionResult;

/// <summary>
/// <c>hessian f</c>: entry (i, j) is ∂²f/∂xj∂xi over <see cref="Variables"/>; with a point, each
/// entry's value there (null where undefined).
/// </summary>
public sealed record HessianResult(
    IReadOnlyList<string> Variables,
    IReadOnlyList<IReadOnlyList<Formula>> Entries,
    Point? At,
    IReadOnlyList<IReadOnlyList<double?>>? Values) : SessionResult;

/// <summary><c>compare f at x=3</c>: the exact derivative beside the numeric ones, with verdicts.</summary>
public sealed record CompareResult(CompareReport Report) : SessionResult;

/// <summary><c>numdiff f at [1.0, 2.0]</c>: the lecture's numeric gradient, as NumPy computes it.</summary>
public sealed record NumDiffResult(NumDiffReport Report) : SessionResult;

/// <summary>
/// <c>plot f, g from -2 to 2</c>: what to draw. Drawing is the front end's job (it writes a file
/// and prints its path); <see cref="From"/> and <see cref="To"/> are null where not given.
/// </summary>
public sealed record PlotRequest(IReadOnlyList<Formula> Formulas, double? From, double? To) : SessionResult;
