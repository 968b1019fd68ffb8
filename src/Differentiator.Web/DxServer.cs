using Differentiator.Web.Api;
using Differentiator.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Differentiator.Web;

/// <summary>
/// The web server of <c>dx serve</c>: the page, the JSON API (the documents of
/// <c>dx … --format json</c>) and <c>/health</c>, on Kestrel with its limits, security headers and
/// a rate limit per client address.
/// </summary>
public static class DxServer
{
    /// <summary>Builds the application; <see cref="RunAsync"/> starts it.</summary>
    /// <exception cref="InvalidInputException">The host is not an IP address or <c>localhost</c>, or the port is out of range.</exception>
    public static WebApplication Build(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ListenAddress.Of(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DxServer).Assembly.GetName().Name,
            // Nothing is read from the folder the server is started in.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel => KestrelSetup.Configure(kestrel, options));
        ClientRateLimit.Add(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ApiErrors>();
        app.UseRateLimiter();
        StaticPage.Map(app);
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// Starts the server, writes the address it listens on to <paramref name="output"/>, and runs
    /// until Ctrl-C (or SIGTERM) stops it.
    /// </summary>
    /// <exception cref="InvalidInputException">The options are wrong, or the address is in use or not this machine's.</exception>
    public static async Task RunAsync(ServerOptions options, TextWriter output, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var app = Build(options);
        try
        {
            await app.StartAsync(cancellation).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new InvalidInputException($"The server cannot listen on {options.Host} port {options.Port}: {e.Message} Choose another --port or --host.");
        }
        foreach (var address in Addresses(app)) await output.WriteLineAsync($"dx serve: listening on {address} (Ctrl-C stops)").ConfigureAwait(false);
        await output.FlushAsync(cancellation).ConfigureAwait(false);
        await app.WaitForShutdownAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>The addresses a started server listens on (with the port chosen when 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }
}
