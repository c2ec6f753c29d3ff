using Orders.TestSupport;

namespace Orders.K8s.Tests.RealPrometheus;

/// <summary>
/// A /metrics endpoint on 127.0.0.1 serving what <c>body</c> returns at the moment of each scrape, in the
/// Prometheus text format. Stands in for the exporter and for the impostors of the signal test.
/// </summary>
public sealed class MetricsStub(Func<string> body) : IDisposable
{
    private readonly LocalHttpStub _http = new(_ => (200, "text/plain; version=0.0.4", body()));

    public int Port => _http.Port;

    public string Address => $"127.0.0.1:{Port}";

    public int Scrapes => _http.Requests;

    public void Dispose() => _http.Dispose();
}
