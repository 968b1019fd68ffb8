namespace Differentiator.Syntax;

/// <summary>
/// A node of the parse tree: the formula as written, with the span of every piece. The
/// Expressions layer binds it into an <c>Expr</c>. Sums and products are flat lists, so long
/// formulas make wide trees, not deep ones.
/// </summary>
internal abstract record SyntaxNode(SourceSpan Span);

/// <summary>A number literal; <paramref name="IsDecimal"/> when it has a '.' or an exponent.</summary>
internal sealed record NumberSyntax(SourceSpan Span, string Text, bool IsDecimal) : SyntaxNode(Span);

/// <summary>A variable, its name already normalized (θ, w1, x_max).</summary>
internal sealed record NameSyntax(SourceSpan Span, string Name) : SyntaxNode(Span);

/// <summary><c>pi</c> or <c>e</c>.</summary>
internal sealed record ConstantSyntax(SourceSpan Span, string Name) : SyntaxNode(Span);

/// <summary>A function call; <paramref name="Parenthesized"/> is false for <c>sin x</c>.</summary>
internal sealed record CallSyntax(SourceSpan Span, SourceSpan NameSpan, string Function, IReadOnlyList<SyntaxNode> Arguments, bool Parenthesized) : SyntaxNode(Span);

/// <summary>A leading sign.</summary>
internal sealed record SignSyntax(SourceSpan Span, bool Negative, SyntaxNode Operand) : SyntaxNode(Span);

/// <summary>Terms joined by '+' and '-'; <see cref="Negated"/>[i] is true for a term after '-'.</summary>
internal sealed record SumSyntax(SourceSpan Span, IReadOnlyList<SyntaxNode> Terms, IReadOnlyList<bool> Negated) : SyntaxNode(Span);

/// <summary>How a factor joins the factors before it.</summary>
internal enum FactorJoin { First, Times, Divide, Implicit }

/// <summary>Factors joined by '*', '/' or juxtaposition, left to right.</summary>
internal sealed record ProductSyntax(SourceSpan Span, IReadOnlyList<SyntaxNode> Factors, IReadOnlyList<FactorJoin> Joins) : SyntaxNode(Span);

/// <summary><c>base^exponent</c>, or a superscript.</summary>
internal sealed record PowerSyntax(SourceSpan Span, SyntaxNode Base, SyntaxNode Exponent) : SyntaxNode(Span);

/// <summary>A bracketed group, kept so the warnings know what was written explicitly.</summary>
internal sealed record GroupSyntax(SourceSpan Span, SyntaxNode Inner) : SyntaxNode(Span);

/// <summary><c>\sqrt[n]{x}</c>; <paramref name="Index"/> is null for a square root.</summary>
internal sealed record RootSyntax(SourceSpan Span, SyntaxNode Radicand, SyntaxNode? Index) : SyntaxNode(Span);
