namespace Differentiator.Syntax;

/// <summary>The stable codes of every diagnostic the language reports.</summary>
public static class DiagnosticCodes
{
    /// <summary>The formula is empty or only white space.</summary>
    public const string EmptyFormula = "DX0001";
    /// <summary>A character that is not part of the language.</summary>
    public const string UnexpectedCharacter = "DX0002";
    /// <summary>A malformed or out-of-range number.</summary>
    public const string BadNumber = "DX0003";
    /// <summary>A LaTeX command the subset does not know.</summary>
    public const string UnknownLatexCommand = "DX0004";
    /// <summary>A run of letters before '(' that names no function.</summary>
    public const string UnknownFunction = "DX0005";
    /// <summary>A bracket without its partner, or closed by the wrong kind.</summary>
    public const string UnbalancedBracket = "DX0006";
    /// <summary>Nesting deeper than <see cref="Limits.MaxNesting"/>.</summary>
    public const string TooDeep = "DX0007";
    /// <summary>The grammar expected something else here.</summary>
    public const string Unexpected = "DX0008";
    /// <summary>A function called with the wrong number of arguments.</summary>
    public const string WrongArity = "DX0009";
    /// <summary>The formula is longer than <see cref="Limits.MaxLength"/>.</summary>
    public const string TooLong = "DX0010";
    /// <summary>Derivative notation (<c>d/dx</c>, <c>dy/dx</c>, <c>\frac{d}{dx}</c>, <c>∂</c>) typed into a formula.</summary>
    public const string DerivativeNotation = "DX0011";

    /// <summary>Warning: a run of letters read as a product of single-letter variables.</summary>
    public const string SplitName = "DX1001";
    /// <summary>Warning: <c>1/2x</c> read as (1/2)·x.</summary>
    public const string DivisionThenImplicit = "DX1002";
    /// <summary>Warning: <c>sin 2x</c> read as sin(2x).</summary>
    public const string FunctionWithoutParentheses = "DX1003";
    /// <summary>Warning: <c>e^3x</c> read as e^3·x.</summary>
    public const string PowerThenImplicit = "DX1004";
    /// <summary>Warning: <c>σ</c> read as a variable.</summary>
    public const string SigmaAsVariable = "DX1005";
    /// <summary>Warning: a decimal that rounds to zero.</summary>
    public const string Underflow = "DX1006";
    /// <summary>Warning: <c>sin^-1 x</c> read as 1/sin(x), not arcsin(x).</summary>
    public const string InverseFunctionNotation = "DX1007";
    /// <summary>Warning: a number written after a factor, <c>3 4</c> or <c>x 2</c>, read as a product.</summary>
    public const string JuxtaposedNumber = "DX1008";
    /// <summary>Warning: a single letter before parentheses, <c>f(x)</c>, read as a product f·x.</summary>
    public const string LetterBeforeParenthesis = "DX1009";
}
