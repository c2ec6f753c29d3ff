using System.Net;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Exporter:Host as an address to bind: "*", "+", "" or "0.0.0.0" all IPv4 interfaces, "::" all IPv6 (and IPv4
/// where the node allows dual stack), "localhost" the IPv4 loopback, or any IP literal. A name is refused at
/// start, with what to use instead: binding must not depend on DNS.
/// </summary>
public static class ListenAddress
{
    public static IPAddress Parse(string host) => host switch
    {
        "" or "*" or "+" => IPAddress.Any,
        "localhost" => IPAddress.Loopback,
        _ when IPAddress.TryParse(host, out var parsed) => parsed,
        _ => throw new ArgumentException($"Exporter:Host '{host}' is not an IP address; use 0.0.0.0, ::, 127.0.0.1 or localhost."),
    };
}
