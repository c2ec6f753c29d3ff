using System.Net;

namespace Orders.Exporter.Hosting;

/// <summary>Exporter:Host as an address the listener can bind: "*" or "0.0.0.0" all IPv4, "::" all IPv6.</summary>
public static class ListenAddress
{
    public static IPAddress Parse(string host) => host switch
    {
        "" or "*" or "+" => IPAddress.Any,
        "localhost" => IPAddress.Loopback,
        _ when IPAddress.TryParse(host, out var address) => address,
        _ => throw new ArgumentException($"Exporter:Host '{host}' is not an IP address; use 0.0.0.0, 127.0.0.1, :: or localhost."),
    };
}
