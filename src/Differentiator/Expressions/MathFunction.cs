namespace Differentiator.Expressions;

/// <summary>How a function is written by the printers, beyond the plain <c>name(args)</c>.</summary>
public enum Notation
{
    /// <summary><c>sin(x)</c>, <c>\sin\left(x\right)</c>.</summary>
    Prefix,
    /// <summary><c>e^x</c>.</summary>
    Exponential,
    /// <summary><c>sqrt(x)</c>, <c>\sqrt{x}</c>.</summary>
    SquareRoot,
    /// <summary><c>cbrt(x)</c>, <c>\sqrt[3]{x}</c>.</summary>
    CubeRoot,
    /// <summary><c>|x|</c>.</summary>
    AbsoluteValue,
    /// <summary><c>ln(x)</c>, or <c>log(x, b)</c> with a base.</summary>
    Logarithm,
}

/// <summary>
/// One row of the function table: a function's name and aliases, arity, evaluation, derivative
/// rule, and how each printer writes it. Adding a function is adding one row to
/// <see cref="MathFunctions"/>.
/// </summary>
public sealed class MathFunction
{
    internal MathFunction(
        string name,
        int minArity,
        int maxArity,
        Func<double[], double> evaluate,
        Func<IReadOnlyList<Expr>, int, Expr> partial,
        string description)
    {
        Name = name;
        MinArity = minArity;
        MaxArity = maxArity;
        EvaluateCore = evaluate;
        Partial = partial;
        Description = description;
    }

    /// <summary>The canonical name, as the text printer writes it.</summary>
    public string Name { get; }

    /// <summary>Other spellings the parser accepts (<c>arcsin</c>, <c>Abs</c>, <c>Heaviside</c>, …).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The fewest arguments.</summary>
    public int MinArity { get; }

    /// <summary>The most arguments.</summary>
    public int MaxArity { get; }

    /// <summary>A one-line description, e.g. "natural logarithm".</summary>
    public string Description { get; }

    /// <summary>Where the function is defined, in words (<c>x > 0</c>; <c>x > 0, b > 0, b != 1</c> for log(x, b)): its <see cref="DomainConditions"/>, or a text given for a row without conditions (a declared function); empty when everywhere.</summary>
    public string Domain
    {
        get => _domain ?? string.Join(", ", DomainConditions);
        init => _domain = value;
    }

    private readonly string? _domain;

    /// <summary>The conditions of <see cref="Domain"/>, each on one argument; empty when the function is defined everywhere.</summary>
    public IReadOnlyList<DomainCondition> DomainConditions { get; init; } = [];

    /// <summary>A note on the derivative, e.g. that it is undefined at a kink.</summary>
    public string DerivativeNote { get; init; } = "";

    /// <summary>How the printers write a call.</summary>
    public Notation Notation { get; init; } = Notation.Prefix;

    /// <summary>The LaTeX command, e.g. <c>\sin</c> or <c>\operatorname{relu}</c>.</summary>
    public string Latex { get; init; } = "";

    /// <summary>The name in code output (C-like and Python flavours use it unless overridden).</summary>
    public string CodeName { get; init; } = "";

    /// <summary>
    /// The spelling SymPy understands with the same real values, as a format with <c>{0}</c>,
    /// <c>{1}</c> for arguments (<c>Heaviside({0}, 1)</c>: SymPy's step is 1/2 at 0 unless told;
    /// the real cube root, where SymPy's <c>cbrt</c> is the complex principal root). The printer
    /// brackets a spelling that is not a single call.
    /// </summary>
    public string PythonFormat { get; init; } = "";

    /// <summary>Whether the function is not differentiable at these arguments (a kink or a jump).</summary>
    internal Func<double[], bool> IsNonSmoothAt { get; init; } = static _ => false;

    /// <summary>Whether <see cref="IsNonSmoothAt"/> can hold anywhere (abs, sign, step, relu, max, min): the kink finders look only at these calls.</summary>
    internal bool CanBeNonSmooth { get; init; }

    internal Func<double[], double> EvaluateCore { get; }

    /// <summary>
    /// The function's extension to complex arguments near the real axis, for the complex-step
    /// derivative; null where there is none (kinks and jumps), and the numeric code then uses the
    /// row's <see cref="Partial"/> to first order.
    /// </summary>
    internal Func<System.Numerics.Complex[], System.Numerics.Complex>? EvaluateComplex { get; init; }

    /// <summary>∂f/∂(argument i) in terms of the arguments; the engine applies the chain rule.</summary>
    internal Func<IReadOnlyList<Expr>, int, Expr> Partial { get; }

    /// <summary>Whether a call may have <paramref name="count"/> arguments.</summary>
    public bool Accepts(int count) => count >= MinArity && count <= MaxArity;

    /// <summary>"one argument", "1 or 2 arguments", "2 arguments".</summary>
    public string ArityText => MinArity == MaxArity
        ? (MinArity == 1 ? "one argument" : $"{MinArity} arguments")
        : $"{MinArity} or {MaxArity} arguments";

    /// <summary>Evaluates the function in double precision (NaN outside its domain).</summary>
    public double Evaluate(params double[] arguments) => EvaluateCore(arguments);

    /// <summary>The partial derivative of a call with respect to its argument <paramref name="index"/>.</summary>
    public Expr PartialDerivative(IReadOnlyList<Expr> arguments, int index) => Partial(arguments, index);

    /// <summary>Whether this is a name declared without a definition (a sequence <c>a(n)</c>), which neither evaluates nor differentiates.</summary>
    public bool IsDeclared { get; private init; }

    /// <summary>A function known only by name and arity: calls of it are kept as they are, for a caller that gives them meaning.</summary>
    internal static MathFunction Declared(string name, int arity) =>
        new(name, arity, arity, static _ => double.NaN,
            (_, _) => throw new InvalidInputException($"{name} is declared but has no definition, so it cannot be differentiated."),
            $"{name}, declared without a definition")
        {
            Domain = "nowhere: it is declared without a definition",
            IsDeclared = true,
            Latex = "\\operatorname{" + name + "}",
            CodeName = name,
            PythonFormat = name + "(" + string.Join(", ", Enumerable.Range(0, arity).Select(i => "{" + i + "}")) + ")",
        };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
