namespace Differentiator.Fuzz.Generation;

/// <summary>
/// The input of every index of a seeded run: index i of seed s is always the same text, so a
/// worker process can generate its own batch and a finding is replayed from (seed, index).
/// </summary>
public sealed class InputGenerator(int seed, Corpus corpus)
{
    /// <summary>Shares of each kind, per 10,000 inputs (the deep and long ones cost a thousand times the others).</summary>
    private static readonly (InputKind Kind, int Share)[] Shares =
    [
        (InputKind.RandomBytes, 400), (InputKind.Ascii, 800), (InputKind.Unicode, 700), (InputKind.GrammarPlain, 2800),
        (InputKind.GrammarLatex, 1200), (InputKind.GrammarUnicode, 1200), (InputKind.Mutation, 2890), (InputKind.Deep, 6), (InputKind.Long, 4),
    ];

    /// <summary>The seed of the run.</summary>
    public int Seed => seed;

    /// <summary>The input at <paramref name="index"/>, and its kind.</summary>
    public (string Text, InputKind Kind) At(long index)
    {
        var random = RandomFor(index);
        var kind = KindOf(random.Next(10_000));
        return (kind switch
        {
            InputKind.RandomBytes => RandomText.Bytes(random, 40),
            InputKind.Ascii => RandomText.Ascii(random, 40),
            InputKind.Unicode => RandomText.Unicode(random, 30),
            InputKind.GrammarPlain => new FormulaGenerator(random, Spelling.Plain).Next(Depth(random)),
            InputKind.GrammarLatex => new FormulaGenerator(random, Spelling.Latex).Next(Depth(random)),
            InputKind.GrammarUnicode => new FormulaGenerator(random, Spelling.Unicode).Next(Depth(random)),
            InputKind.Mutation => new Mutator(random, corpus).Next(),
            InputKind.Deep => LargeInputs.Deep(random),
            _ => LargeInputs.Long(random),
        }, kind);
    }

    /// <summary>A random source for the checks made on the input at <paramref name="index"/> (the point, for instance).</summary>
    public Random ChecksFor(long index) => RandomFor(~index);

    private Random RandomFor(long index) => new(unchecked((int)Mix((ulong)seed << 32 ^ (ulong)index)));

    /// <summary>Mostly small formulas (depth 1 to 3), now and then deeper ones (4 or 5), whose derivatives grow fast.</summary>
    private static int Depth(Random random) => random.Next(100) switch
    {
        < 30 => 1,
        < 65 => 2,
        < 90 => 3,
        < 97 => 4,
        _ => 5,
    };

    private static InputKind KindOf(int roll)
    {
        foreach (var (kind, share) in Shares)
        {
            if (roll < share) return kind;
            roll -= share;
        }
        return InputKind.GrammarPlain;
    }

    /// <summary>SplitMix64's finaliser: neighbouring indices get unrelated seeds.</summary>
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
