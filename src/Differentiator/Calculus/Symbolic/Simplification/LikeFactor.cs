using Differentiator.Expressions;

namespace Differentiator.Calculus.Symbolic;

/// <summary>
/// What a product has collected for one base: the exponent so far, whether it is a sum still to be
/// simplified, and the one factor that made it while no other joined (then that factor is the
/// result as it is, with nothing to rebuild).
/// </summary>
internal readonly record struct LikeFactor(Expr Exponent, bool Pending, Expr? Single);
