namespace Differentiator.Cli;

/// <summary>The streams a command reads and writes, so commands can run in-process in tests.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error);
