using System.Numerics;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Expressions;

/// <summary>
/// The function table: every function the language knows, one row each. The parser takes its
/// names from here, the evaluator its values, the differentiator its derivative rules (the chain
/// rule is applied by the engine, once), the printers their spellings.
/// </summary>
public static class MathFunctions
{
#pragma warning disable CS1591 // the rows document themselves through Description
    // Rows refer to rows below them inside lambdas, which run after initialisation: hence the `!`.
    public static readonly MathFunction Sin = Unary("sin", Math.Sin, a => Apply(Cos!, a), "sine",
        complex: Complex.Sin);
    public static readonly MathFunction Cos = Unary("cos", Math.Cos, a => Negate(Apply(Sin!, a)), "cosine",
        complex: Complex.Cos);
    public static readonly MathFunction Tan = Unary("tan", Math.Tan, a => Pow(Apply(Sec!, a), Rational.Two), "tangent",
        complex: Complex.Tan);
    public static readonly MathFunction Sec = Unary("sec", x => 1 / Math.Cos(x), a => Multiply(Apply(Sec!, a), Apply(Tan!, a)), "secant", latex: "\\sec",
        complex: z => 1 / Complex.Cos(z));
    public static readonly MathFunction Csc = Unary("csc", x => 1 / Math.Sin(x), a => Negate(Multiply(Apply(Csc!, a), Apply(Cot!, a))), "cosecant", latex: "\\csc",
        complex: z => 1 / Complex.Sin(z));
    public static readonly MathFunction Cot = Unary("cot", x => 1 / Math.Tan(x), a => Negate(Pow(Apply(Csc!, a), Rational.Two)), "cotangent", latex: "\\cot",
        complex: z => 1 / Complex.Tan(z));

    public static readonly MathFunction Asin = Unary("asin", Math.Asin, a => Reciprocal(Apply(Sqrt!, Subtract(Rational.One, Pow(a, Rational.Two)))), "inverse sine",
        latex: "\\arcsin", aliases: ["arcsin"], domain: [DomainCondition.UnitInterval],
        complex: Complex.Asin);
    public static readonly MathFunction Acos = Unary("acos", Math.Acos, a => Negate(Reciprocal(Apply(Sqrt!, Subtract(Rational.One, Pow(a, Rational.Two))))), "inverse cosine",
        latex: "\\arccos", aliases: ["arccos"], domain: [DomainCondition.UnitInterval],
        complex: Complex.Acos);
    public static readonly MathFunction Atan = Unary("atan", Math.Atan, a => Reciprocal(Add(Rational.One, Pow(a, Rational.Two))), "inverse tangent",
        latex: "\\arctan", aliases: ["arctan"]);

    public static readonly MathFunction Sinh = Unary("sinh", Math.Sinh, a => Apply(Cosh!, a), "hyperbolic sine",
        complex: Complex.Sinh);
    public static readonly MathFunction Cosh = Unary("cosh", Math.Cosh, a => Apply(Sinh!, a), "hyperbolic cosine",
        complex: Complex.Cosh);
    public static readonly MathFunction Tanh = Unary("tanh", Math.Tanh, a => Subtract(Rational.One, Pow(Apply(Tanh!, a), Rational.Two)), "hyperbolic tangent",
        complex: Complex.Tanh);

    public static readonly MathFunction Exp = Unary("exp", Math.Exp, a => Apply(Exp!, a), "exponential e^x", notation: Notation.Exponential,
        complex: Complex.Exp);

    public static readonly MathFunction Ln = new("ln", 1, 2, EvaluateLog, LogPartial, "natural logarithm; log(x, b) is the logarithm to base b")
    {
        Aliases = ["log"],
        EvaluateComplex = args => args.Length == 1 ? Complex.Log(args[0]) : Complex.Log(args[0]) / Complex.Log(args[1]),
        DomainConditions = [DomainCondition.Positive(), DomainCondition.Positive(1, "b"), new(1, "b", "{0} != 1", b => b != 1)],
        Notation = Notation.Logarithm,
        Latex = "\\ln",
        CodeName = "log",
        PythonFormat = "log({0})",
    };

    public static readonly MathFunction Log2 = Unary("log2", Math.Log2, a => Reciprocal(Multiply(a, Apply(Ln!, Rational.Two))), "logarithm to base 2",
        latex: "\\log_{2}", python: "log({0}, 2)", domain: [DomainCondition.Positive()],
        complex: z => Complex.Log(z) / Math.Log(2));
    public static readonly MathFunction Log10 = Unary("log10", Math.Log10, a => Reciprocal(Multiply(a, Apply(Ln!, Rational.Of(10)))), "logarithm to base 10",
        latex: "\\log_{10}", python: "log({0}, 10)", domain: [DomainCondition.Positive()],
        complex: Complex.Log10);

    public static readonly MathFunction Sqrt = Unary("sqrt", Math.Sqrt, a => Reciprocal(Multiply(Rational.Two, Apply(Sqrt!, a))), "square root",
        notation: Notation.SquareRoot, domain: [DomainCondition.NonNegative],
        complex: Complex.Sqrt);
    public static readonly MathFunction Cbrt = Unary("cbrt", Math.Cbrt, a => Reciprocal(Multiply(Rational.Of(3), Pow(Apply(Cbrt!, a), Rational.Two))), "cube root",
        notation: Notation.CubeRoot, python: "sign({0})*Abs({0})**(1/3)",
        complex: ComplexCbrt);

    public static readonly MathFunction Abs = Unary("abs", Math.Abs, a => Apply(Sign!, a), "absolute value",
        notation: Notation.AbsoluteValue, aliases: ["Abs"], python: "Abs({0})", kink: x => x == 0,
        note: "d/dx |x| = sign(x); undefined at x = 0");
    public static readonly MathFunction Sign = Unary("sign", EvaluateSign, _ => Rational.Zero, "sign: -1, 0 or 1",
        latex: "\\operatorname{sign}", aliases: ["sgn"], kink: x => x == 0, note: "0 except at x = 0, where it is undefined");
    public static readonly MathFunction Step = Unary("step", EvaluateStep, _ => Rational.Zero, "unit step: 1 for x >= 0, else 0",
        latex: "\\operatorname{step}", aliases: ["heaviside", "Heaviside"], python: "Heaviside({0}, 1)", kink: x => x == 0,
        note: "0 except at x = 0, where it is undefined");
    public static readonly MathFunction Sigmoid = Unary("sigmoid", EvaluateSigmoid, a => Multiply(Apply(Sigmoid!, a), Subtract(Rational.One, Apply(Sigmoid!, a))), "logistic sigmoid 1/(1 + e^(-x))",
        latex: "\\sigma", aliases: ["σ"], python: "1/(1 + exp(-({0})))",
        complex: z => 1 / (1 + Complex.Exp(-z)));
    public static readonly MathFunction Relu = Unary("relu", x => Math.Max(0, x), a => Apply(Step!, a), "rectified linear unit max(0, x)",
        latex: "\\operatorname{relu}", aliases: ["ReLU"], python: "Max(0, {0})", kink: x => x == 0,
        note: "d/dx relu(x) = step(x); undefined at x = 0");
    public static readonly MathFunction Softplus = Unary("softplus", EvaluateSoftplus, a => Apply(Sigmoid!, a), "softplus ln(1 + e^x)",
        latex: "\\operatorname{softplus}", python: "log(1 + exp({0}))",
        complex: z => Complex.Log(1 + Complex.Exp(z)));

    public static readonly MathFunction Max = Binary("max", Math.Max, "larger of two values", "\\max", ["Max"], "Max({0}, {1})", (a, b) => Apply(Step!, Subtract(a, b)));
    public static readonly MathFunction Min = Binary("min", Math.Min, "smaller of two values", "\\min", ["Min"], "Min({0}, {1})", (a, b) => Apply(Step!, Subtract(b, a)));
#pragma warning restore CS1591

    /// <summary>Every row, in the order above.</summary>
    public static IReadOnlyList<MathFunction> All { get; } =
    [
        Sin, Cos, Tan, Sec, Csc, Cot, Asin, Acos, Atan, Sinh, Cosh, Tanh, Exp, Ln, Log2, Log10,
        Sqrt, Cbrt, Abs, Sign, Step, Sigmoid, Relu, Softplus, Max, Min,
    ];

    private static readonly Dictionary<string, MathFunction> ByName = BuildIndex();

    /// <summary>Finds a function by its name or an alias (case-sensitive).</summary>
    public static MathFunction? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Every name and alias the parser knows.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    private static Dictionary<string, MathFunction> BuildIndex()
    {
        var index = new Dictionary<string, MathFunction>(StringComparer.Ordinal);
        foreach (var f in All)
        {
            index.Add(f.Name, f);
            foreach (var alias in f.Aliases) index.Add(alias, f);
        }
        return index;
    }

    private static MathFunction Unary(
        string name,
        Func<double, double> evaluate,
        Func<Expr, Expr> derivative,
        string description,
        string? latex = null,
        string[]? aliases = null,
        string? python = null,
        DomainCondition[]? domain = null,
        Notation notation = Notation.Prefix,
        Func<double, bool>? kink = null,
        string note = "",
        Func<Complex, Complex>? complex = null) =>
        new(name, 1, 1, args => evaluate(args[0]), (args, _) => derivative(args[0]), description)
        {
            Aliases = aliases ?? [],
            Latex = latex ?? "\\" + name,
            CodeName = name,
            PythonFormat = python ?? name + "({0})",
            DomainConditions = domain ?? [],
            Notation = notation,
            IsNonSmoothAt = kink is null ? static _ => false : args => kink(args[0]),
            CanBeNonSmooth = kink is not null,
            DerivativeNote = note,
            EvaluateComplex = complex is null ? null : args => complex(args[0]),
        };

    /// <summary>max/min: the partial for the first argument is <paramref name="firstWins"/>, the second gets the rest, so they sum to 1 at a tie.</summary>
    private static MathFunction Binary(
        string name,
        Func<double, double, double> evaluate,
        string description,
        string latex,
        string[] aliases,
        string python,
        Func<Expr, Expr, Expr> firstWins) =>
        new(name, 2, 2, args => evaluate(args[0], args[1]),
            (args, i) => i == 0 ? firstWins(args[0], args[1]) : Subtract(Rational.One, firstWins(args[0], args[1])), description)
        {
            Aliases = aliases,
            Latex = latex,
            CodeName = name,
            PythonFormat = python,
            IsNonSmoothAt = args => args[0] == args[1],
            CanBeNonSmooth = true,
            DerivativeNote = "by cases; undefined where the two arguments are equal",
        };

    private static double EvaluateLog(double[] args) =>
        args.Length == 1 ? Math.Log(args[0]) : LogToBase(args[0], args[1]);

    /// <summary>log(x, b) = ln x / ln b; undefined (NaN) at b = 0, where the quotient would be a silent ±0 (ln 0 is −∞).</summary>
    internal static double LogToBase(double x, double b) => b == 0 ? double.NaN : Math.Log(x) / Math.Log(b);

    private static Expr LogPartial(IReadOnlyList<Expr> args, int index)
    {
        if (args.Count == 1) return Reciprocal(args[0]);
        var x = args[0];
        var b = args[1];
        return index == 0
            ? Reciprocal(Multiply(x, Apply(Ln!, b)))
            : Negate(Divide(Apply(Ln!, x), Multiply(b, Pow(Apply(Ln!, b), Rational.Two))));
    }

    /// <summary>The real cube root continued off the real axis: odd, so negative real parts work too.</summary>
    private static Complex ComplexCbrt(Complex z) =>
        z.Real >= 0 ? Complex.Pow(z, 1.0 / 3) : -Complex.Pow(-z, 1.0 / 3);

    // The rows whose bodies are more than one Math call; compiled code calls these same methods.
    internal static double EvaluateSign(double x) => double.IsNaN(x) ? double.NaN : Math.Sign(x);

    internal static double EvaluateStep(double x) => x >= 0 ? 1 : 0;

    internal static double EvaluateSigmoid(double x) =>
        x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));

    internal static double EvaluateSoftplus(double x) =>
        x > 0 ? x + Math.Log(1 + Math.Exp(-x)) : Math.Log(1 + Math.Exp(x));
}
