using System.Net;

namespace Differentiator.Web.Hosting;

/// <summary>Where the server listens: an IP address and port, or <c>localhost</c> (loopback, IPv4 and IPv6).</summary>
internal sealed record ListenAddress(IPAddress Address, int Port, bool Localhost)
{
    /// <exception cref="InvalidInputException">The host is not an IP address or <c>localhost</c>, or the port is out of range.</exception>
    public static ListenAddress Of(ServerOptions options)
    {
        if (options.Port is < 0 or > 65535)
            throw new InvalidInputException($"The port must be from 0 (any free port) to 65535, not {options.Port}.");
        if (string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            return new(IPAddress.Loopback, options.Port, Localhost: true);
        if (!IPAddress.TryParse(options.Host, out var address))
            throw new InvalidInputException($"The host must be an IP address (127.0.0.1; 0.0.0.0 for every interface; ::1) or localhost, not '{options.Host}'.");
        return new(address, options.Port, Localhost: false);
    }
}
