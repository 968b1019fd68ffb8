using Differentiator.Expressions;
using Differentiator.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Differentiator.Tests.Expressions;

/// <summary>Parse ∘ print is the identity on trees, for the text and the code forms.</summary>
public class RoundTripProperties
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000).WithEndSize(40);

    private static bool ReadsBack(Expr tree, Func<Expr, string> print)
    {
        var text = print(tree);
        if (!Formula.TryParse(text, out var f, out var error))
            throw new AssertionException($"'{text}' (printed from a tree) does not parse: {error.Message}");
        if (f.Expression != tree)
            throw new AssertionException($"'{text}' reads back as '{f.ToText()}': {TreeDump.Of(f.Expression)} instead of {TreeDump.Of(tree)}.");
        return true;
    }

    [Test]
    public void TextFormReadsBackToTheSameTree() =>
        Check.One(Many, Prop.ForAll(TreeGenerators.Trees, t => ReadsBack(t, e => e.ToString())));

    [Test]
    public void CodeFormReadsBackToTheSameTree() =>
        Check.One(Many, Prop.ForAll(TreeGenerators.Trees, t => ReadsBack(t, e => e.ToCode())));

    [Test]
    public void EqualTreesHaveEqualHashes() =>
        Check.One(Many, Prop.ForAll(TreeGenerators.Trees, t =>
        {
            var copy = Formula.Parse(t.ToString()).Expression;
            return copy.Equals(t) && copy.GetHashCode() == t.GetHashCode();
        }));
}
