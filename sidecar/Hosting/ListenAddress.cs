using System.Net;
using System.Net.Sockets;

namespace Orders.Exporter.Hosting;

/// <summary>
/// Exporter:Host as an address HttpListener can bind: "*", "+", "" or "0.0.0.0" all IPv4 interfaces. IPv4 only:
/// on Linux, HttpListener's prefix parser rejects IPv6 literals ("Invalid port in prefix"), so "::" fails here,
/// at start, with what to use instead.
/// </summary>
public static class ListenAddress
{
    public static IPAddress Parse(string host)
    {
        var address = host switch
        {
            "" or "*" or "+" => IPAddress.Any,
            "localhost" => IPAddress.Loopback,
            _ when IPAddress.TryParse(host, out var parsed) => parsed,
            _ => throw new ArgumentException($"Exporter:Host '{host}' is not an IP address; use 0.0.0.0, 127.0.0.1 or localhost."),
        };
        return address.AddressFamily == AddressFamily.InterNetwork ? address
            : throw new ArgumentException($"Exporter:Host '{host}' is IPv6, which the exporter's HttpListener cannot bind on Linux; use 0.0.0.0 (all IPv4 interfaces) or an IPv4 address.");
    }
}
