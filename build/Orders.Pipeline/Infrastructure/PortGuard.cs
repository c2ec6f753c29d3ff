using System.Net;
using System.Net.Sockets;

namespace Orders.Pipeline.Infrastructure;

/// <summary>Checks that a port on 127.0.0.1 is free before a process is told to bind it, so a busy port
/// is a clear message naming the port, its owner and the option to change, not a child's stack trace.</summary>
public static class PortGuard
{
    public static void EnsureFree(int port, string what, string option)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
        catch (SocketException)
        {
            throw new InvalidOperationException(
                $"Port {port} on 127.0.0.1 ({what}) is already in use. Stop what listens there (see: ss -ltnp 'sport = :{port}') or choose another port with {option}=N.");
        }
    }

    /// <summary>
    /// A port the OS considers free on 127.0.0.1 right now, for a server this run starts next that cannot bind port 0
    /// and report it (the Images target's registry and the pod's published ports). The pipeline's one free-port helper.
    /// </summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
