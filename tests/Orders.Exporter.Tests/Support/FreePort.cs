using System.Net;
using System.Net.Sockets;

namespace Orders.Exporter.Tests.Support;

/// <summary>A TCP port on 127.0.0.1 that the OS reports free right now (bind to port 0, read, release).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
