using System.Net;
using System.Net.Sockets;

namespace Orders.TestSupport;

/// <summary>
/// A TCP port on 127.0.0.1 that the OS reports free right now (bind to port 0, read, release). Another process
/// may take it before the caller binds it: prefer port 0 and reading the address back where the program allows it
/// (the app's --urls, the exporter's Exporter:Port), and use this only where it does not (Prometheus, a URL that
/// must have nothing behind it).
/// </summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
