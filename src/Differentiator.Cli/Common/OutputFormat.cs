using System.CommandLine;

namespace Differentiator.Cli;

/// <summary>How a command prints formulas.</summary>
public enum OutputFormat
{
    /// <summary>The readable text form.</summary>
    Text,
    /// <summary>Code with explicit <c>*</c>.</summary>
    Code,
    /// <summary>LaTeX.</summary>
    Latex,
    /// <summary>One JSON object.</summary>
    Json,
}

/// <summary>The shared <c>--format</c> option.</summary>
public static class FormatOption
{
    /// <summary>A new <c>--format text|code|latex|json</c> option.</summary>
    public static Option<OutputFormat> Create(params OutputFormat[] allowed)
    {
        var choices = (allowed.Length == 0 ? Enum.GetValues<OutputFormat>() : allowed).Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", choices) + ".",
            DefaultValueFactory = _ => OutputFormat.Text,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
                if (choices.Contains(text.ToLowerInvariant()) && Enum.TryParse<OutputFormat>(text, ignoreCase: true, out var format)) return format;
                result.AddError($"--format must be one of {string.Join(", ", choices)}, not '{text}'.");
                return OutputFormat.Text;
            },
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }
}
