using System.Reflection;
using System.Runtime.Loader;

namespace Differentiator.Tests.Cli;

/// <summary>
/// Plotting (our Plotting assembly, ScottPlot, SkiaSharp and its native library) loads only when a
/// command draws: <c>dx</c> runs in an isolated load context, and the test reads what it loaded.
/// </summary>
public class LazyPlottingTests
{
    private static readonly string[] PlottingAssemblies = ["Differentiator.Plotting", "ScottPlot", "SkiaSharp"];

    [Test]
    public void Diff_loads_no_plotting_code_and_plot_does()
    {
        var context = new DxLoadContext(Path.Combine(AppContext.BaseDirectory, "dx.dll"));
        try
        {
            Assert.That(context.Run("diff", "x^2"), Is.Zero);
            Assert.That(context.Loaded(), Does.Contain("dx").And.Contain("Differentiator"));
            Assert.That(context.Loaded().Intersect(PlottingAssemblies), Is.Empty);

            var picture = Path.Combine(Path.GetTempPath(), $"dx-lazy-{Guid.NewGuid():N}.svg");
            try
            {
                Assert.That(context.Run("plot", "x^2", "--out", picture), Is.Zero);
            }
            finally
            {
                File.Delete(picture);
            }
            Assert.That(context.Loaded(), Is.SupersetOf(PlottingAssemblies));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads dx and everything it brings (by its deps.json) apart from the framework and the test's own copies.</summary>
    private sealed class DxLoadContext(string dx) : AssemblyLoadContext("dx", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(dx);

        public int Run(params string[] args)
        {
            var app = LoadFromAssemblyPath(dx);
            var contextType = app.GetType("Differentiator.Cli.CliContext", throwOnError: true)!;
            var cli = Activator.CreateInstance(contextType, TextReader.Null, TextWriter.Null, TextWriter.Null);
            var run = app.GetType("Differentiator.Cli.DxApp", throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (int)run.Invoke(null, [args, cli])!;
        }

        public IReadOnlyList<string> Loaded() => [.. Assemblies.Select(a => a.GetName().Name!)];

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
