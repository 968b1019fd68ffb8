using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Differentiator.Web.Hosting;

/// <summary>
/// Kestrel's limits for a server on an untrusted network: small bodies and headers, and clients
/// that send too slowly (a slowloris) cut off instead of holding a connection.
/// </summary>
internal static class KestrelSetup
{
    public static void Configure(KestrelServerOptions kestrel, ServerOptions options)
    {
        kestrel.AddServerHeader = false;
        var limits = kestrel.Limits;
        limits.MaxRequestBodySize = ServerOptions.MaxBodyBytes;
        limits.MaxRequestHeadersTotalSize = 16 * 1024;
        limits.MaxRequestHeaderCount = 50;
        limits.MaxRequestLineSize = 16 * 1024;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        // At least 240 bytes a second after a 5 s grace, both ways: a client that trickles its body
        // or does not read the answer is disconnected.
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MaxConcurrentConnections = 10_000;
        limits.MaxConcurrentUpgradedConnections = 0;
        Listen(kestrel, options);
    }

    private static void Listen(KestrelServerOptions kestrel, ServerOptions options)
    {
        var endpoint = ListenAddress.Of(options);
        if (endpoint.Localhost && endpoint.Port != 0) kestrel.ListenLocalhost(endpoint.Port);
        else kestrel.Listen(endpoint.Address, endpoint.Port);
    }
}
