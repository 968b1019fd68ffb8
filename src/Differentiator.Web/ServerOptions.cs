using Differentiator.Grading;

namespace Differentiator.Web;

/// <summary>
/// How <c>dx serve</c> runs: where it listens, how much one request may spend, how often one
/// client may ask. The server keeps no state between requests, so copies with the same options
/// behind a load balancer answer alike.
/// </summary>
public sealed record ServerOptions
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5000;

    /// <summary>The address when none is given: loopback, so nothing outside this machine reaches the server unless told.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The largest request body read (64 KB); a larger one is refused with 413 before it is read.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The address to listen on: an IP address (<c>0.0.0.0</c> for every interface) or <c>localhost</c>.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The port; 0 picks a free one (the address is printed when the server has started).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The wall-clock time the library work of one request may take; past it the answer is 422.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the server waits for a request body to arrive.</summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per second one client address may make on average (bursts of twice as many are let through); 0 turns the limit off.</summary>
    public int RequestsPerSecond { get; init; } = 100;

    /// <summary>The exercise set of the practice mode, checked and prepared before the server starts; null: no practice mode.</summary>
    public PreparedSet? Exercises { get; init; }
}
