using System.Collections;

namespace Differentiator.Calculus.Symbolic;

/// <summary>One variable name <paramref name="count"/> times, without storing it that often (an order of 2³¹ − 1 costs nothing).</summary>
internal sealed class RepeatedName(string name, int count) : IReadOnlyList<string>
{
    public int Count { get; } = count;

    public string this[int index] => (uint)index < (uint)Count ? name : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return name;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
