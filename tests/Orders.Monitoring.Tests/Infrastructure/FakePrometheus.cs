using System.Net;

namespace Orders.Monitoring.Tests.Infrastructure;

/// <summary>Answers Prometheus API calls from a function of the decoded query (instant queries) or the path
/// (anything else), and records what was asked.</summary>
internal sealed class FakePrometheus(Func<string, string> answer) : HttpMessageHandler
{
    public List<string> Queries { get; } = [];

    public HttpClient Client() => new(this) { BaseAddress = new Uri("http://127.0.0.1:1/") };

    public static string Vector(params (string Labels, string Value)[] samples) =>
        """{"status":"success","data":{"resultType":"vector","result":[""" +
        string.Join(",", samples.Select(s => $$"""{"metric":{{{s.Labels}}},"value":[1700000000,"{{s.Value}}"]}""")) + "]}}";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query)["query"];
        var key = query ?? uri.AbsolutePath + uri.Query;
        Queries.Add(key);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer(key)) });
    }
}
