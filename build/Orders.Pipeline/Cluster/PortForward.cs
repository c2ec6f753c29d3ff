using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Pipeline.Infrastructure;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// A running <c>kubectl port-forward</c> to a Service, on a local port kubectl picks (<c>:PORT</c>), read from
/// its own "Forwarding from 127.0.0.1:&lt;port&gt;" line, so no port is chosen here and then taken by another
/// process. Disposing it stops kubectl, also when a check fails. Smoke and LoadTest both reach the cluster
/// through it when no --app-url / --prometheus-url is given.
/// </summary>
public sealed partial class PortForward : IAsyncDisposable
{
    private readonly IRunningTool _process;

    private PortForward(IRunningTool process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>http://127.0.0.1:PORT/ on this machine.</summary>
    public Uri Url { get; }

    public static IReadOnlyList<string> Arguments(string service, int remotePort, string @namespace, string? kubeContext) =>
        ["port-forward", service, string.Create(CultureInfo.InvariantCulture, $":{remotePort}"), "--namespace", @namespace,
            .. kubeContext is null ? Array.Empty<string>() : ["--context", kubeContext], "--address=127.0.0.1"];

    public static async Task<PortForward> StartAsync(IProcessRunner runner, string service, int remotePort, string @namespace, string? kubeContext,
        TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = runner.Start(new ToolCall("kubectl", Arguments(service, remotePort, @namespace, kubeContext), startTimeout), line =>
        {
            var match = ForwardingLine().Match(line);
            if (match.Success)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        });
        try
        {
            // kubectl that exits first (no such Service, no ready pod, no cluster) fails now, not at the timeout.
            await Task.WhenAny(port.Task, process.Exited).WaitAsync(startTimeout, cancellationToken);
            if (!port.Task.IsCompleted)
            {
                throw new InvalidOperationException($"kubectl port-forward to {service} exited without forwarding: check that {service} exists and has a ready pod (kubectl get {service} -n {@namespace}), or pass the URL explicitly.");
            }
            return new PortForward(process, new Uri($"http://127.0.0.1:{await port.Task}/"));
        }
        catch (TimeoutException)
        {
            await process.DisposeAsync();
            throw new InvalidOperationException($"kubectl port-forward to {service} printed no 'Forwarding from' line within {startTimeout.TotalSeconds:0} s: check that {service} exists and has a ready pod (kubectl get {service} -n {@namespace}), or pass the URL explicitly.");
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    [GeneratedRegex(@"Forwarding from 127\.0\.0\.1:(\d+)")]
    private static partial Regex ForwardingLine();
}
