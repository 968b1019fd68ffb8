using Differentiator.Calculus.Symbolic;
using Differentiator.Expressions;
using static Differentiator.Expressions.Expr;

namespace Differentiator.Tests.Calculus.Symbolic;

/// <summary>The simplifier's open-addressing tables and working list.</summary>
public class NodeTableTests
{
    private static readonly Symbol X = Variable("x");

    private static Expr Term(int k) => Multiply(Number(k), Pow(X, Number(k)));

    [Test]
    public void Keeps_every_entry_in_order_through_growth_and_emptying()
    {
        var table = new NodeTable<Structural>();
        var terms = Enumerable.Range(1, 5_000).Select(Term).ToArray();
        foreach (var t in terms) Assert.That(table.TryAdd(t, t), Is.True);
        Assert.That(table.Count, Is.EqualTo(terms.Length));
        Assert.That(table.Capacity, Is.GreaterThanOrEqualTo(terms.Length * 4 / 3));
        for (var i = 0; i < terms.Length; i += 97)
        {
            // A structurally equal copy is found at the position it was added.
            Assert.That(table.IndexOf(Term(i + 1)), Is.EqualTo(i));
            Assert.That(table.TryAdd(Term(i + 1), X), Is.False);
        }
        Assert.That(table.IndexOf(Term(6_000)), Is.EqualTo(-1));
        table.Clear();
        Assert.That(table.Count, Is.Zero);
        Assert.That(table.IndexOf(terms[0]), Is.EqualTo(-1));
    }

    [Test]
    public void Set_replaces_and_GetOrAdd_returns_the_stored_value()
    {
        var table = new NodeTable<ByIdentity>();
        var (a, b) = (Term(2), Term(2)); // equal, but not the same object: by identity they are two keys
        table.Set(a, X);
        table.Set(a, Number(5));
        Assert.That(table.TryGetValue(a, out var value) ? value : null, Is.EqualTo(Number(5)));
        Assert.That(table.TryGetValue(b, out _), Is.False);
        Assert.That(table.GetOrAdd(b, X, out var added), Is.SameAs(X));
        Assert.That(added, Is.True);
        Assert.That(table.GetOrAdd(b, Number(7), out added), Is.SameAs(X));
        Assert.That(added, Is.False);
    }

    [Test]
    public void Interning_finds_a_sum_or_product_whatever_the_order_of_its_parts()
    {
        var table = new NodeTable<Interner.Unordered>();
        var s = Apply(MathFunctions.Sin, X);
        var c = Apply(MathFunctions.Cos, X);
        var sinCos = Multiply(s, c);
        table.TryAdd(sinCos, sinCos);
        Assert.That(table.TryGetValue(Multiply(c, s), out var shared) ? shared : null, Is.SameAs(sinCos));
        Assert.That(table.TryGetValue(Add(c, s), out _), Is.False);
    }

    [Test]
    public void The_working_list_inserts_removes_and_truncates()
    {
        var list = new NodeList(2);
        foreach (var k in new[] { 1, 2, 3, 4, 5 }) list.Add(Number(k));
        list.Insert(0, X);
        list.RemoveAt(3);
        Assert.That(list.ToArray(), Is.EqualTo(new Expr[] { X, Number(1), Number(2), Number(4), Number(5) }));
        list.Truncate(2);
        Assert.That(list.AsSpan().ToArray(), Is.EqualTo(new Expr[] { X, Number(1) }));
        Assert.That(() => list[2], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
