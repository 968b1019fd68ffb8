namespace Differentiator.Grading;

/// <summary>
/// A small seeded random generator (SplitMix64) whose sequence is fixed by this code, not by the
/// runtime's <see cref="Random"/>, so that sample points, and so reports, are the same on every
/// machine and version.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The seed for a text (FNV-1a of its UTF-16 code units), stable across processes unlike <see cref="string.GetHashCode()"/>.</summary>
    public static ulong SeedOf(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double uniform in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A double uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Between(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>An integer in [0, <paramref name="count"/>).</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);
}
