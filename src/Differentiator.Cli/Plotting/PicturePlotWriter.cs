using Differentiator.Cli.Commands;
using Differentiator.Cli.Repl;
using Differentiator.Plotting;
using Differentiator.Sessions;

namespace Differentiator.Cli.Plotting;

/// <summary>The REPL's <c>plot</c>: the same picture as <c>dx plot</c>, into <c>plot.png</c> in the current folder.</summary>
public sealed class PicturePlotWriter : IPlotWriter
{
    /// <inheritdoc/>
    public string Write(PlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PictureFile.WriteFunctions(request.Formulas, new PlotOptions { From = request.From, To = request.To }, PlotCommand.DefaultOut);
    }
}
