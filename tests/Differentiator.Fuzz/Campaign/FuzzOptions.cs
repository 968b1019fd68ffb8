using System.Globalization;

namespace Differentiator.Fuzz.Campaign;

/// <summary>The fuzzer's command line.</summary>
public sealed record FuzzOptions
{
    /// <summary>How long to generate new inputs (minimisation comes after).</summary>
    public double Seconds { get; init; } = 30;

    /// <summary>Stop after this many inputs even if time is left.</summary>
    public long MaxExecutions { get; init; } = long.MaxValue;

    /// <summary>The seed: input i of seed s is always the same text.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The index of the first input (to resume a run).</summary>
    public long Start { get; init; }

    /// <summary>Where the reproducers go.</summary>
    public string Out { get; init; } = "findings";

    /// <summary>How many inputs one request to the worker holds.</summary>
    public int Batch { get; init; } = 500;

    /// <summary>One input in this many also goes through the real <c>dx</c> (0: none).</summary>
    public int DxEvery { get; init; } = 200;

    /// <summary>The processor time one library call may take, in seconds (an input, <see cref="Isolation.Deadline.CallsPerInput"/> times it).</summary>
    public double DeadlineSeconds { get; init; } = 2;

    /// <summary>Whether to minimise findings.</summary>
    public bool Minimise { get; init; } = true;

    /// <summary>A reproducer to replay instead of fuzzing.</summary>
    public string? Replay { get; init; }

    /// <summary>Run this many inputs in this process, timing each stage of the pipeline, and stop (0: no).</summary>
    public int Profile { get; init; }

    /// <summary>Whether to check that a stack overflow, a hang and a crash are caught, and stop.</summary>
    public bool SelfTest { get; init; }

    /// <summary>Write the derivatives of this many generated formulas for <c>sympy_length.py</c>, and stop (0: no).</summary>
    public int Derivatives { get; init; }

    /// <summary>Whether to list the string entry points and printers found by reflection, and stop.</summary>
    public bool List { get; init; }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Differentiator.Fuzz: runs the whole pipeline on generated inputs in a child process and writes reproducers.
          --seconds N        generate inputs for N seconds (default 30)
          --executions N     stop after N inputs, each --dx-every-th through dx even when dx lags (the same run everywhere)
          --seed S           the seed (default 1); input i of seed S is always the same
          --start I          the first input index (default 0)
          --out DIR          where the reproducers go (default findings)
          --batch N          inputs per request to the worker process (default 500)
          --dx-every N       one input in N also through the real dx (default 200; 0 for none)
          --deadline S       processor seconds one library call may take (default 2; a whole input, 5 times it)
          --no-minimise      write the findings as found
          --replay FILE      run one reproducer (input.json or minimised.json) and print the outcome
          --profile N        run N inputs in this process, print where the time goes, and stop
          --self-test        check that a stack overflow, a hang and a crash in the worker are caught, and stop
          --derivatives N    print the derivatives of N generated formulas as JSON lines (for sympy_length.py), and stop
          --list             list the public string entry points and printers it calls, and stop
        Exit code 0 when nothing was found, 1 when something was, 2 for a usage error.
        """;

    /// <summary>Reads the command line; null with a message for a usage error.</summary>
    public static (FuzzOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var o = new FuzzOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            try
            {
                o = args[i] switch
                {
                    "--seconds" => o with { Seconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--executions" => o with { MaxExecutions = long.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--seed" => o with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--start" => o with { Start = long.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--out" => o with { Out = Value() },
                    "--batch" => o with { Batch = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--dx-every" => o with { DxEvery = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--deadline" => o with { DeadlineSeconds = double.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--no-minimise" => o with { Minimise = false },
                    "--replay" => o with { Replay = Value() },
                    "--list" => o with { List = true },
                    "--derivatives" => o with { Derivatives = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    "--self-test" => o with { SelfTest = true },
                    "--profile" => o with { Profile = int.Parse(Value(), CultureInfo.InvariantCulture) },
                    _ => throw new FormatException($"Unknown option {args[i]}."),
                };
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
            catch (OverflowException e)
            {
                return (null, e.Message);
            }
        }
        return o.Batch < 1 ? (null, "--batch must be at least 1.") : (o, null);
    }
}
