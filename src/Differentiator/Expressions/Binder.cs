using System.Globalization;
using System.Numerics;
using Differentiator.Syntax;

namespace Differentiator.Expressions;

/// <summary>
/// Turns a parse tree into an expression tree: numbers become exact rationals or doubles, names
/// variables or constants, calls rows of the function table (with their arity checked), and
/// subtraction and division become negated terms and reciprocal factors. Asked to, it records
/// the span of the text each node came from (<see cref="Formula.SpanOf"/>).
/// </summary>
internal sealed class Binder
{
    private readonly Dictionary<string, FunctionDefinition>? _userFunctions;
    private readonly Dictionary<string, MathFunction>? _declared;
    private readonly Dictionary<Expr, SourceSpan>? _spans;

    private Binder(IReadOnlyCollection<FunctionDefinition>? functions, IReadOnlyCollection<FunctionDeclaration>? declarations,
        Dictionary<Expr, SourceSpan>? spans = null)
    {
        _spans = spans;
        _userFunctions = functions is null || functions.Count == 0 ? null : functions.ToDictionary(f => f.Name, StringComparer.Ordinal);
        _declared = declarations is null || declarations.Count == 0 ? null : declarations.ToDictionary(d => d.Name, d => d.Function, StringComparer.Ordinal);
    }

    public static (Expr? Expression, Diagnostic? Error) Bind(SyntaxNode node, IReadOnlyCollection<FunctionDefinition>? functions = null,
        IReadOnlyCollection<FunctionDeclaration>? declarations = null)
    {
        try
        {
            return (new Binder(functions, declarations).Bind0(node), null);
        }
        catch (BindException e)
        {
            return (null, e.Diagnostic);
        }
    }

    /// <summary>
    /// The span of the text each node of the bound tree was read from. A node the factories made
    /// while binding (the coefficient of <c>2x·3</c>, the factors of <c>1/(yz)</c>) gets the span of
    /// the syntax it was made for; a node that occurs twice, its first occurrence's.
    /// </summary>
    public static IReadOnlyDictionary<Expr, SourceSpan> Spans(SyntaxNode node, IReadOnlyCollection<FunctionDefinition>? functions = null,
        IReadOnlyCollection<FunctionDeclaration>? declarations = null)
    {
        var spans = new Dictionary<Expr, SourceSpan>();
        new Binder(functions, declarations, spans).Bind0(node);
        return spans;
    }

    private Expr Bind0(SyntaxNode node) => Record(BindNode(node), node.Span);

    private Expr Record(Expr e, SourceSpan span)
    {
        if (_spans is null || !_spans.TryAdd(e, span)) return e;
        foreach (var child in e.Children) _spans.TryAdd(child, span);
        return e;
    }

    private Expr BindNode(SyntaxNode node)
    {
        StackGuard.Ensure();
        return node switch
        {
            NumberSyntax n => n.IsDecimal
                ? Real.Of(DecimalLiteral.Parse(n.Text))
                : n.Text.Length <= 18 ? Rational.Of(long.Parse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture))
                : Rational.Of(BigInteger.Parse(n.Text, NumberStyles.None, CultureInfo.InvariantCulture)),
            NameSyntax v => Symbol.Of(v.Name),
            ConstantSyntax c => c.Name == "e" ? Constant.E : Constant.Pi,
            GroupSyntax g => Bind0(g.Inner),
            SignSyntax s => s.Negative ? Expr.Negate(Bind0(s.Operand)) : Bind0(s.Operand),
            SumSyntax s => Expr.AddOwned(BindEach(s.Terms, s.Negated, true, Negate)),
            ProductSyntax p => Expr.MultiplyOwned(BindEach(p.Factors, p.Joins, FactorJoin.Divide, Reciprocal)),
            PowerSyntax p => Expr.Pow(Bind0(p.Base), Bind0(p.Exponent)),
            RootSyntax r => BindRoot(r),
            CallSyntax c => BindCall(c),
            _ => throw new InvalidOperationException($"Unknown syntax node {node.GetType().Name}."),
        };
    }

    // Cached once: binding a sum or a product allocates no delegate.
    private static readonly Func<Expr, Expr> Negate = Expr.Negate;
    private static readonly Func<Expr, Expr> Reciprocal = Expr.Reciprocal;

    /// <summary>Binds each node, applying <paramref name="transform"/> where its mark is <paramref name="transformed"/> (a '-' term, a '/' factor).</summary>
    private Expr[] BindEach<TMark>(IReadOnlyList<SyntaxNode> nodes, IReadOnlyList<TMark> marks, TMark transformed, Func<Expr, Expr> transform)
    {
        var bound = new Expr[nodes.Count];
        for (var i = 0; i < bound.Length; i++)
        {
            var e = Bind0(nodes[i]);
            bound[i] = EqualityComparer<TMark>.Default.Equals(marks[i], transformed) ? Record(transform(e), nodes[i].Span) : e;
        }
        return bound;
    }

    private Expr BindRoot(RootSyntax r)
    {
        var radicand = Bind0(r.Radicand);
        if (r.Index is null) return Expr.Apply(MathFunctions.Sqrt, radicand);
        var index = Bind0(r.Index);
        if (index is Rational { IsInteger: true } n && n.Numerator == 2) return Expr.Apply(MathFunctions.Sqrt, radicand);
        if (index is Rational { IsInteger: true } m && m.Numerator == 3) return Expr.Apply(MathFunctions.Cbrt, radicand);
        return Expr.Pow(radicand, Expr.Reciprocal(index));
    }

    private Expr BindCall(CallSyntax c)
    {
        if (_userFunctions is not null && _userFunctions.TryGetValue(c.Function, out var defined))
        {
            if (c.Arguments.Count != defined.Parameters.Count)
                throw new BindException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.WrongArity,
                    $"{c.Function} takes {defined.Parameters.Count} argument(s), but {c.Arguments.Count} {(c.Arguments.Count == 1 ? "was" : "were")} given.",
                    c.Span, c.Arguments.Count.ToString(CultureInfo.InvariantCulture), [$"{defined.Parameters.Count} argument(s)"]));
            return defined.Apply(BindAll(c.Arguments));
        }
        var function = (_declared is not null && _declared.TryGetValue(c.Function, out var declared) ? declared : null)
            ?? MathFunctions.Find(c.Function)
            ?? throw new BindException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnknownFunction,
                $"Unknown function '{c.Function}'.", c.NameSpan, c.Function, ["a known function"]));
        if (function == MathFunctions.Step && c.Arguments is [var argument, NumberSyntax { Text: "1", IsDecimal: false }])
            return Expr.Apply(function, Bind0(argument)); // SymPy's Heaviside(x, 1): the step whose value at 0 is 1, which ours is
        if (!function.Accepts(c.Arguments.Count))
            throw new BindException(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.WrongArity,
                $"{c.Function} takes {function.ArityText}, but {c.Arguments.Count} {(c.Arguments.Count == 1 ? "was" : "were")} given.",
                c.Span, c.Arguments.Count.ToString(CultureInfo.InvariantCulture), [function.ArityText]));
        var args = BindAll(c.Arguments);
        return function == MathFunctions.Exp ? Expr.Pow(Constant.E, args[0]) : Expr.ApplyOwned(function, args);
    }

    private Expr[] BindAll(IReadOnlyList<SyntaxNode> nodes)
    {
        var bound = new Expr[nodes.Count];
        for (var i = 0; i < bound.Length; i++) bound[i] = Bind0(nodes[i]);
        return bound;
    }

    private sealed class BindException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
