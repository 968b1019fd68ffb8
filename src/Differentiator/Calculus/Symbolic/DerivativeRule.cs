namespace Differentiator.Calculus.Symbolic;

/// <summary>The rule a derivation step applies.</summary>
public enum DerivativeRule
{
    /// <summary>d/dx c = 0 for anything that does not depend on x.</summary>
    Constant,
    /// <summary>d/dx x = 1.</summary>
    Variable,
    /// <summary>(u + v)' = u' + v'.</summary>
    Sum,
    /// <summary>(c·u)' = c·u' when only one factor depends on x.</summary>
    ConstantMultiple,
    /// <summary>(uv)' = u'v + uv'.</summary>
    Product,
    /// <summary>(u/v)' = u'/v − u·v'/v², worked as the product rule with v^(−1).</summary>
    Quotient,
    /// <summary>(x^n)' = n·x^(n−1).</summary>
    Power,
    /// <summary>(b^x)' = b^x·ln b.</summary>
    Exponential,
    /// <summary>(u^v)' = u^v·(v'·ln u + v·u'/u) when base and exponent both depend on x.</summary>
    GeneralPower,
    /// <summary>A function of the variable itself, from the function table: (sin x)' = cos x.</summary>
    Function,
    /// <summary>A composite f(t) with t = inner: df/dx = df/dt · dt/dx.</summary>
    Chain,
    /// <summary>The same subexpression was differentiated before; its result is reused.</summary>
    Repeated,
}
