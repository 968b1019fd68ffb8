using System.CommandLine;
using Differentiator.Syntax;

namespace Differentiator.Cli;

/// <summary>How a command prints formulas.</summary>
public enum OutputFormat
{
    /// <summary>The readable text form (the default).</summary>
    Text,
    /// <summary>Code with explicit <c>*</c>.</summary>
    Code,
    /// <summary>LaTeX.</summary>
    Latex,
    /// <summary>One JSON document (per line of standard input with <c>-</c>).</summary>
    Json,
}

/// <summary>The shared <c>--format</c> option: any case on input (<c>JSON</c>), lower case in help.</summary>
public static class FormatOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--format";

    /// <summary>The option's short alias.</summary>
    public const string Alias = "-f";

    /// <summary>A new <c>--format text|code|latex|json</c> option; text when absent.</summary>
    public static Option<OutputFormat> Create(params OutputFormat[] allowed)
    {
        var choices = (allowed.Length == 0 ? Enum.GetValues<OutputFormat>() : allowed).Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>(Name, Alias)
        {
            Description = $"Output format: {string.Join(", ", choices)} (default text).",
            HelpName = string.Join("|", choices),
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
                if (TryRead(text, out var format) && choices.Contains(text.ToLowerInvariant())) return format;
                result.AddError($"--format must be one of {string.Join(", ", choices)}, not '{MessageText.Excerpt(text)}'.");
                return OutputFormat.Text;
            },
        };
        option.CompletionSources.Add(choices);
        return option;
    }

    /// <summary>Whether the command line asks for JSON, read from its words so that it works even when the rest does not parse.</summary>
    public static bool AsksForJson(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (ValueAt(args, i) is { } value && TryRead(value, out var format) && format == OutputFormat.Json) return true;
        }
        return false;
    }

    /// <summary>
    /// The value the word at <paramref name="i"/> gives the option in any spelling System.CommandLine
    /// reads: <c>--format json</c>, <c>--format=json</c>, <c>--format:json</c>, the same with
    /// <c>-f</c>, and the short alias joined to its value, <c>-fjson</c>; null for another word.
    /// </summary>
    private static string? ValueAt(IReadOnlyList<string> args, int i)
    {
        var word = args[i];
        if (word is Name or Alias) return i + 1 < args.Count ? args[i + 1] : null;
        foreach (var name in (ReadOnlySpan<string>)[Name, Alias])
        {
            if (word.Length > name.Length && word.StartsWith(name, StringComparison.Ordinal) && word[name.Length] is '=' or ':')
                return word[(name.Length + 1)..];
        }
        return word.StartsWith(Alias, StringComparison.Ordinal) ? word[Alias.Length..] : null;
    }

    private static bool TryRead(string text, out OutputFormat format) =>
        Enum.TryParse(text, ignoreCase: true, out format) && !int.TryParse(text, out _);
}
