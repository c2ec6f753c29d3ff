using System.Globalization;
using System.Net;
using System.Text.Json;
using Orders.TestSupport;

namespace Orders.Pipeline.Tests.Replay.Tool;

/// <summary>
/// A fake Prometheus on 127.0.0.1 that answers only requests carrying every header it requires (an
/// Authorization, a tenant), as Thanos, Mimir or an authenticating proxy do; anything else gets 401. It serves
/// <c>query_range</c> with one series whose value is <see cref="Value"/> of the seconds since the range's start,
/// and <c>status/config</c> with a 15 s global scrape interval. It counts what it answered and what it refused.
/// </summary>
public sealed class GuardedPrometheus : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> _required;
    private readonly LocalHttpStub _http;
    private int _refused;

    public GuardedPrometheus(IReadOnlyDictionary<string, string> required)
    {
        _required = required;
        _http = new LocalHttpStub(Respond);
    }

    public string Url => _http.Url;

    /// <summary>0 for the first 60 s of the range, then 50: a step any replay of threshold 10 answers with 5 replicas.</summary>
    public static double Value(double secondsFromStart) => secondsFromStart < 60 ? 0 : 50;

    public int Answered => _http.Requests - Refused;

    public int Refused => Volatile.Read(ref _refused);

    private (int, string, string) Respond(HttpListenerRequest request)
    {
        if (!_required.All(h => request.Headers[h.Key] == h.Value))
        {
            Interlocked.Increment(ref _refused);
            return (401, "application/json", """{"status":"error","errorType":"unauthorized","error":"missing credentials"}""");
        }
        var (status, body) = Answer(request);
        return (status, "application/json", body);
    }

    private static (int, string) Answer(HttpListenerRequest request)
    {
        if (request.Url!.AbsolutePath.EndsWith("/status/config", StringComparison.Ordinal))
        {
            return (200, JsonSerializer.Serialize(new { status = "success", data = new { yaml = "global:\n  scrape_interval: 15s\n" } }));
        }
        if (request.Url!.AbsolutePath.EndsWith("/targets", StringComparison.Ordinal))
        {
            // As Mimir (the ScaledObject's server) answers: it has no scrape targets to list.
            return (404, """{"status":"error","errorType":"not_found","error":"not found"}""");
        }
        double Arg(string name) => double.Parse(request.QueryString[name]!, CultureInfo.InvariantCulture);
        var (start, end, step) = (Arg("start"), Arg("end"), Arg("step"));
        var values = new List<object[]>();
        for (var t = start; t <= end + 1e-9; t += step)
        {
            values.Add([t, Value(t - start).ToString(CultureInfo.InvariantCulture)]);
        }
        return (200, JsonSerializer.Serialize(new
        {
            status = "success",
            data = new { resultType = "matrix", result = new[] { new { metric = new Dictionary<string, string>(), values } } },
        }));
    }

    public void Dispose() => _http.Dispose();
}
