namespace Differentiator.Fuzz.Generation;

/// <summary>
/// The input of every index of a seeded run: index i of seed s is always the same text, so a
/// worker process can generate its own batch and a finding is replayed from (seed, index).
/// </summary>
public sealed class InputGenerator(int seed, Corpus corpus)
{
    /// <summary>Shares of each kind, per 1,000 inputs.</summary>
    private static readonly (InputKind Kind, int PerMille)[] Shares =
    [
        (InputKind.RandomBytes, 40), (InputKind.Ascii, 80), (InputKind.Unicode, 70), (InputKind.GrammarPlain, 280),
        (InputKind.GrammarLatex, 120), (InputKind.GrammarUnicode, 120), (InputKind.Mutation, 284), (InputKind.Deep, 3), (InputKind.Long, 3),
    ];

    /// <summary>The seed of the run.</summary>
    public int Seed => seed;

    /// <summary>The input at <paramref name="index"/>, and its kind.</summary>
    public (string Text, InputKind Kind) At(long index)
    {
        var random = RandomFor(index);
        var kind = KindOf(random.Next(1000));
        return (kind switch
        {
            InputKind.RandomBytes => RandomText.Bytes(random, 40),
            InputKind.Ascii => RandomText.Ascii(random, 40),
            InputKind.Unicode => RandomText.Unicode(random, 30),
            InputKind.GrammarPlain => new FormulaGenerator(random, Spelling.Plain).Next(random.Next(1, 6)),
            InputKind.GrammarLatex => new FormulaGenerator(random, Spelling.Latex).Next(random.Next(1, 6)),
            InputKind.GrammarUnicode => new FormulaGenerator(random, Spelling.Unicode).Next(random.Next(1, 6)),
            InputKind.Mutation => new Mutator(random, corpus).Next(),
            InputKind.Deep => LargeInputs.Deep(random),
            _ => LargeInputs.Long(random),
        }, kind);
    }

    /// <summary>A random source for the checks made on the input at <paramref name="index"/> (the point, for instance).</summary>
    public Random ChecksFor(long index) => RandomFor(~index);

    private Random RandomFor(long index) => new(unchecked((int)Mix((ulong)seed << 32 ^ (ulong)index)));

    private static InputKind KindOf(int roll)
    {
        foreach (var (kind, perMille) in Shares)
        {
            if (roll < perMille) return kind;
            roll -= perMille;
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
