using Differentiator.Fuzz.Campaign;
using Differentiator.Fuzz.Findings;
using Differentiator.Fuzz.Generation;
using Differentiator.Fuzz.Isolation;
using Differentiator.Fuzz.Pipeline;

if (args is ["--worker", var callLimit]) return Worker.Run(TimeSpan.FromMilliseconds(double.Parse(callLimit, System.Globalization.CultureInfo.InvariantCulture)));

var (options, error) = FuzzOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(FuzzOptions.Usage);
    return 2;
}

if (options.SelfTest) return SelfTest.Run(Console.Out);

if (options.Derivatives > 0) return DerivativeExport.Run(options, Console.Out);

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

if (options.Profile > 0)
{
    StageTimes.Enabled = true;
    var generator = new InputGenerator(options.Seed, Corpus.Load());
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var slowest = new List<(double Ms, long Index, InputKind Kind, string Text)>();
    for (var i = options.Start; i < options.Start + options.Profile; i++)
    {
        var (text, kind) = generator.At(i);
        var start = clock.Elapsed;
        FormulaPipeline.Run(text, i, generator.ChecksFor(i));
        slowest.Add(((clock.Elapsed - start).TotalMilliseconds, i, kind, text));
    }
    Console.WriteLine($"{options.Profile} inputs in process in {clock.Elapsed.TotalSeconds:0.0} s:");
    foreach (var line in StageTimes.Report().Take(25)) Console.WriteLine(line);
    foreach (var group in slowest.GroupBy(s => s.Kind).OrderBy(g => g.Key))
        Console.WriteLine($"  {group.Key,-16} {group.Count(),6} inputs {group.Sum(s => s.Ms),9:0} ms, median {group.Select(s => s.Ms).Order().ElementAt(group.Count() / 2),6:0.00} ms");
    Console.WriteLine("slowest inputs:");
    foreach (var s in slowest.OrderByDescending(s => s.Ms).Take(15))
        Console.WriteLine($"  {s.Ms,8:0} ms  #{s.Index} {s.Kind}: {ReproducerWriter.Show(s.Text.Length > 100 ? s.Text[..100] : s.Text)}");
    return 0;
}

if (options.Replay is { } path)
{
    var (input, index, seed, kind) = ReproducerWriter.Read(path);
    var generator = new InputGenerator(seed, Corpus.Load());
    using var reproduction = new Reproduction(generator, Deadline.Default, () => new DxRunner(Deadline.Default));
    var failures = reproduction.Run(Enum.Parse<FindingKind>(kind), index, input);
    Console.WriteLine($"input: {ReproducerWriter.Show(input)}");
    foreach (var failure in failures) Console.WriteLine(failure);
    if (failures.Count == 0) Console.WriteLine("passes");
    return failures.Count == 0 ? 0 : 1;
}

return new FuzzCampaign(options, Console.Out).Run();
