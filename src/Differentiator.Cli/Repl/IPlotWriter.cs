using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>Draws a REPL <c>plot</c> into a file; the seam where the plotting project plugs in.</summary>
public interface IPlotWriter
{
    /// <summary>Writes the picture and returns its path.</summary>
    /// <exception cref="NotSupportedException">This build cannot draw.</exception>
    string Write(PlotRequest request);
}

/// <summary>Until the plotting project is part of <c>dx</c>: says so instead of drawing.</summary>
public sealed class NoPlotWriter : IPlotWriter
{
    /// <inheritdoc/>
    public string Write(PlotRequest request) =>
        throw new NotSupportedException("plotting is not available yet in this build of dx; the formulas were read and can be differentiated and evaluated");
}
