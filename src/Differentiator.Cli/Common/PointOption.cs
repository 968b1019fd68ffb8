using System.CommandLine;

namespace Differentiator.Cli;

/// <summary>The <c>--at x=1.0,y=2.0</c> option of the symbolic commands.</summary>
public static class PointOption
{
    /// <summary>A new <c>--at</c> option.</summary>
    public static Option<string> Create(string description, bool required = false) => new("--at")
    {
        Description = description,
        Required = required,
    };

    /// <summary>The point, or null when the option is absent.</summary>
    /// <exception cref="InvalidInputException">The text is not a list of name=value pairs.</exception>
    public static Point? Read(string? text) => text is null ? null : Point.Parse(text);
}
