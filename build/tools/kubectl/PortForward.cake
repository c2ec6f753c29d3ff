// A running `kubectl port-forward`: started by Smoke when no --app-url/--prometheus-url is given and stopped
// (process killed) when disposed, also when a check fails. The local port is read from kubectl's own
// "Forwarding from 127.0.0.1:<port> -> <port>" line, so it is whatever free port the OS gave kubectl.
public sealed class PortForward : IDisposable
{
    private static readonly System.Text.RegularExpressions.Regex ForwardingLine =
        new System.Text.RegularExpressions.Regex(@"Forwarding from 127\.0\.0\.1:(\d+)");

    private readonly IProcess _process;

    private PortForward(IProcess process, Uri url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>http://127.0.0.1:PORT/ on this machine.</summary>
    public Uri Url { get; }

    public static PortForward Start(CliRunner<KubectlSettings> kubectl, KubectlSettings settings, ProcessArgumentBuilder arguments, string resource, TimeSpan startTimeout)
    {
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = kubectl.Start(settings, arguments, line =>
        {
            var match = ForwardingLine.Match(line);
            if (match.Success)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        if (!port.Task.Wait(startTimeout))
        {
            process.Kill();
            throw new CakeException($"kubectl port-forward to {resource} printed no 'Forwarding from' line within {startTimeout.TotalSeconds:0} s: check that {resource} exists and has a ready pod (kubectl get {resource} -n {settings.Namespace}), or pass the URL explicitly.");
        }
        return new PortForward(process, new Uri($"http://127.0.0.1:{port.Task.Result}/"));
    }

    public void Dispose()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited (the pod went away): nothing left to stop.
        }
        _process.Dispose();
    }
}
