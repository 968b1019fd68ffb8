using System.Text;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Pipeline;

namespace Differentiator.Fuzz.Isolation;

/// <summary>
/// The child process: runs the pipeline on the inputs it is asked for and reports, line by line,
/// which input it starts (so that when it dies or hangs the supervisor knows the culprit) and
/// what failed. Its standard output is the protocol; anything the library might print goes to
/// standard error.
/// </summary>
public static class Worker
{
    /// <summary>Serves requests from standard input until it closes; a library call over <paramref name="callLimit"/> of processor time is a hang.</summary>
    public static int Run(TimeSpan callLimit)
    {
        var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        Console.SetOut(Console.Error);
        var corpus = Corpus.Load();
        for (var k = 0; k < FormulaPipeline.EntryPointShare; k++)
            FormulaPipeline.Run("2x + 3xy + y^3 + sin(x)/ln(y) + |x| + sigmoid(x)^2", k, new Random(1));
        Guard.CallLimit = callLimit; // after the warm-up, whose calls pay for the JIT
        output.WriteLine("ready");
        output.Flush();
        while (Console.In.ReadLine() is { } line)
        {
            var parts = line.Split(' ');
            if (parts[0] == "R")
            {
                var generator = new InputGenerator(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), corpus);
                var start = long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                var count = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
                for (var i = start; i < start + count; i++)
                    RunOne(output, i, generator.At(i).Text, generator.ChecksFor(i));
            }
            else if (parts[0] == "I")
            {
                var generator = new InputGenerator(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), corpus);
                var index = long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
                RunOne(output, index, Protocol.Decode(parts[3]), generator.ChecksFor(index));
            }
            output.WriteLine("D");
            output.Flush();
        }
        return 0;
    }

    private static void RunOne(StreamWriter output, long index, string input, Random checks)
    {
        output.Write("B ");
        output.WriteLine(index);
        output.Flush();
        foreach (var failure in FormulaPipeline.Run(input, index, checks))
            output.WriteLine($"F {index} {(int)failure.Kind} {Protocol.Encode(failure.Signature)} {Protocol.Encode(failure.Message)}");
    }
}
