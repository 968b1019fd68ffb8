using Differentiator.Fuzz.Campaign;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Isolation;
using Differentiator.Fuzz.Pipeline;

if (args is ["--worker"]) return Worker.Run();

var (options, error) = FuzzOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(FuzzOptions.Usage);
    return 2;
}

if (options.List)
{
    Console.WriteLine($"{StringEntryPoints.All.Count} public entry points that take a string:");
    foreach (var e in StringEntryPoints.All) Console.WriteLine($"  {e.Name}");
    Console.WriteLine($"{StringEntryPoints.Skipped.Count} left out (a parameter without a plain value):");
    foreach (var s in StringEntryPoints.Skipped) Console.WriteLine($"  {s}");
    Console.WriteLine($"{PrintedForms.All.Count} printed forms:");
    foreach (var f in PrintedForms.All) Console.WriteLine($"  {f.Name}{(f.ReadsBack ? ", read back" : "")}{(f.IsXml ? ", checked as XML" : "")}");
    Console.WriteLine($"documented exceptions: {string.Join(", ", DocumentedExceptions.Types.Select(t => t.Name).Order())}");
    return 0;
}

if (options.Replay is { } path)
{
    var (input, index, seed, kind) = ReproducerWriter.Read(path);
    var generator = new InputGenerator(seed, Corpus.Load());
    using var reproduction = new Reproduction(generator, Deadline.Default, () => new DxRunner(Deadline.Default));
    var failure = reproduction.Run(Enum.Parse<FindingKind>(kind), index, input);
    Console.WriteLine($"input: {ReproducerWriter.Show(input)}");
    Console.WriteLine(failure is null ? "passes" : failure.ToString());
    return failure is null ? 0 : 1;
}

return new FuzzCampaign(options, Console.Out).Run();
