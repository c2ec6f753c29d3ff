using System.Net;
using System.Net.Sockets;

namespace Orders.Exporter.Tests.Support;

/// <summary>
/// An HttpClient whose connections leave from a chosen loopback address (127.0.0.2, ...): a server bound to
/// 127.0.0.1 then sees another client address, as the exporter sees Prometheus and the kubelet apart from a
/// flooding pod. (Connecting to 127.0.0.2 instead would not do: Linux picks 127.0.0.1 as the source.)
/// </summary>
public static class SourceBoundClient
{
    public static HttpClient Create(IPAddress source, Uri baseAddress, TimeSpan timeout) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellation) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = baseAddress, Timeout = timeout };
}
