namespace Differentiator.Cli;

/// <summary>The <c>--wrt x,y</c> option: the variables to differentiate by.</summary>
public static class WrtOption
{
    /// <summary>The names, or null when the option is absent (all variables).</summary>
    /// <exception cref="InvalidInputException">The option names no variable.</exception>
    public static IReadOnlyList<string>? Read(string? text)
    {
        if (text is null) return null;
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new InvalidInputException("--wrt needs at least one variable name, such as --wrt x,y.");
        return names;
    }
}
