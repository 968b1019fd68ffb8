namespace Differentiator.Syntax;

/// <summary>
/// One growing stack of nodes with a mark each (a term's sign, a factor's join), shared by the nested
/// sums and products of a <see cref="PlainFormulaReader"/> read: a sum or product pushes its items and
/// pops them into lists of exactly their size, so no list grows (and, for a long sum, none is copied
/// through the large-object heap on the way). Kept per thread between reads.
/// </summary>
internal sealed class ListScratch
{
    private const int KeptCapacity = 1 << 17;

    [ThreadStatic] private static ListScratch? _kept;

    private SyntaxNode[] _nodes = new SyntaxNode[32];
    private int[] _marks = new int[32];
    private int _count;

    /// <summary>This thread's scratch (or a new one, if it is in use).</summary>
    public static ListScratch Take()
    {
        var scratch = _kept ?? new ListScratch();
        _kept = null;
        return scratch;
    }

    /// <summary>Empties <paramref name="scratch"/> (it holds no node after a read) and keeps it for the thread's next read.</summary>
    public static void Give(ListScratch scratch)
    {
        Array.Clear(scratch._nodes, 0, scratch._count);
        scratch._count = 0;
        if (scratch._nodes.Length <= KeptCapacity) _kept = scratch;
    }

    /// <summary>Pushes a node with its mark; returns its index (the start of a list, for the first item).</summary>
    public int Push(SyntaxNode node, int mark)
    {
        if (_count == _nodes.Length)
        {
            Array.Resize(ref _nodes, _count * 2);
            Array.Resize(ref _marks, _count * 2);
        }
        _nodes[_count] = node;
        _marks[_count] = mark;
        return _count++;
    }

    /// <summary>The items from <paramref name="start"/> on, as the grammar's sum has them: terms and whether each is negated.</summary>
    public (List<SyntaxNode> Terms, List<bool> Negated) PopSum(int start)
    {
        var count = _count - start;
        var terms = new List<SyntaxNode>(count);
        var negated = new List<bool>(count);
        terms.AddRange(_nodes.AsSpan(start, count));
        foreach (var mark in _marks.AsSpan(start, count)) negated.Add(mark != 0);
        Pop(start);
        return (terms, negated);
    }

    /// <summary>The items from <paramref name="start"/> on, as the grammar's product has them: factors and joins.</summary>
    public (SyntaxNode[] Factors, FactorJoin[] Joins) PopProduct(int start)
    {
        var count = _count - start;
        var factors = _nodes.AsSpan(start, count).ToArray();
        var joins = new FactorJoin[count];
        for (var i = 0; i < count; i++) joins[i] = (FactorJoin)_marks[start + i];
        Pop(start);
        return (factors, joins);
    }

    private void Pop(int start)
    {
        Array.Clear(_nodes, start, _count - start);
        _count = start;
    }
}
