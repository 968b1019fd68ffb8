using Differentiator.Sessions;

namespace Differentiator.Cli.Repl;

/// <summary>Draws a REPL <c>plot</c> into a file; the seam where the plotting project plugs in.</summary>
public interface IPlotWriter
{
    /// <summary>Writes the picture and returns its path.</summary>
    /// <exception cref="NotSupportedException">This build cannot draw.</exception>
    string Write(PlotRequest request);
}
