using System.Globalization;

namespace Differentiator.Cli;

/// <summary>How the text output writes a double.</summary>
public static class Numbers
{
    /// <summary>The shortest text that reads back to the same double.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
