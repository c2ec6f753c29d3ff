using System.Net;
using System.Net.Sockets;

namespace Orders.Pipeline.Images;

/// <summary>A port free on 127.0.0.1 now, for a server this run starts next (the registry, the pod's ports).</summary>
public static class FreeLoopbackPort
{
    public static int Take()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
