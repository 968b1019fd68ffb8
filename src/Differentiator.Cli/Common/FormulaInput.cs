using System.CommandLine;

namespace Differentiator.Cli;

/// <summary>The formula argument of every command; <c>-</c> reads the formula from standard input.</summary>
public static class FormulaInput
{
    /// <summary>A new formula argument.</summary>
    public static Argument<string> Create() => new("formula")
    {
        Description = "The formula, e.g. \"2x + 3xy + y^3\"; '-' reads it from standard input.",
    };

    /// <summary>The formula's text, read from standard input for <c>-</c>.</summary>
    public static string Read(string argument, CliContext context) =>
        argument == "-" ? context.In.ReadToEnd().TrimEnd('\r', '\n') : argument;

    /// <summary>Parses the formula, or throws <see cref="FormulaSyntaxException"/>.</summary>
    public static Formula Parse(string argument, CliContext context) => Formula.Parse(Read(argument, context));
}
