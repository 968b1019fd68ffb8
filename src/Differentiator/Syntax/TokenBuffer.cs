using System.Buffers;
using Superpower.Model;

namespace Differentiator.Syntax;

/// <summary>
/// The lexer's growing token storage, lent by <see cref="ArrayPool{T}.Shared"/> and given back on
/// <see cref="Dispose"/>: a long formula's tokens (32 bytes each, over a megabyte at 10,000 terms)
/// are not left behind on the large-object heap by every parse.
/// </summary>
internal sealed class TokenBuffer : IDisposable
{
    private const int SmallestCapacity = 64;
    private const int FirstCapacityAtMost = 1024;

    private Token<FormulaToken>[] _items;

    /// <summary>Storage for about <paramref name="expected"/> tokens; it grows as needed.</summary>
    public TokenBuffer(int expected) =>
        _items = ArrayPool<Token<FormulaToken>>.Shared.Rent(Math.Clamp(expected, SmallestCapacity, FirstCapacityAtMost));

    public int Count { get; private set; }

    public ReadOnlySpan<Token<FormulaToken>> Span => _items.AsSpan(0, Count);

    public Token<FormulaToken> Last => _items[Count - 1];

    public void Add(Token<FormulaToken> token)
    {
        if (Count == _items.Length) Grow();
        _items[Count++] = token;
    }

    public Token<FormulaToken>[] ToArray() => Span.ToArray();

    private void Grow()
    {
        var larger = ArrayPool<Token<FormulaToken>>.Shared.Rent(_items.Length * 2);
        Span.CopyTo(larger);
        Give(_items);
        _items = larger;
    }

    /// <summary>Returns the storage, cleared (tokens hold the formula's text), to the pool.</summary>
    public void Dispose()
    {
        Give(_items);
        _items = [];
        Count = 0;
    }

    private void Give(Token<FormulaToken>[] items)
    {
        if (items.Length == 0) return;
        Array.Clear(items, 0, Count);
        ArrayPool<Token<FormulaToken>>.Shared.Return(items);
    }
}
