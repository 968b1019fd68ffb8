using Differentiator.Calculus.Symbolic;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>The symbolic layer's public surface is the small facade; the engine and the rules are internal.</summary>
public class SymbolicPublicApiTests
{
    [Test]
    public void Only_the_facade_is_public()
    {
        var exported = typeof(Derivative).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "Differentiator.Calculus.Symbolic")
            .Select(t => t.Name);
        Assert.That(exported, Is.EquivalentTo(new[]
        {
            "Derivative", "DerivativeResult", "Derivation", "DerivationStep", "DerivativeRule", "ChainSubstitution",
            "Simplifier", "SimplifyOptions", "SimplificationResult", "NotedResult", "SharedForm",
        }));
    }
}
