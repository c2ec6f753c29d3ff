using Orders.Pipeline.Cluster;
using Orders.Pipeline.Deploy;
using Orders.Pipeline.Images;
using Orders.Pipeline.Infrastructure;
using Orders.Pipeline.Prometheus;

namespace Orders.Pipeline.Tests.Infrastructure;

/// <summary>
/// Every reader of a tool's or a server's answer, fed the four odd answers seen in practice (nothing, output cut
/// short, text that is not JSON, JSON of another shape): each fails with a message naming the command and quoting
/// the start of what it printed, never with a JsonException or KeyNotFoundException.
/// </summary>
public sealed class OddToolOutputTests
{
    private static readonly ToolCall GetNodes = new("kubectl", ["get", "nodes", "--output=json"], TimeSpan.FromMinutes(1));
    private static readonly ToolCall GetStatus = new("kubectl", ["get", "deployment/orders", "hpa/keda-hpa-orders", "--output=json"], TimeSpan.FromSeconds(10));
    private static readonly ToolCall GetScaledObject = new("kubectl", ["get", "scaledobject/orders", "--output=json"], TimeSpan.FromMinutes(1));
    private static readonly ToolCall GetPods = new("kubectl", ["get", "pods", "--selector", "app=orders", "--output=json"], TimeSpan.FromSeconds(10));
    private static readonly ToolCall Inspect = new("podman", ["image", "inspect", "r/orders-app:t"], TimeSpan.FromMinutes(1));

    /// <summary>The case, what the tool printed, and the words the error must use for it.</summary>
    public static TheoryData<string, string, string> KubectlAnswers => new()
    {
        { "empty", "", "printed nothing" },
        { "cut short", "{\"apiVersion\":\"v1\",\"items\":[{\"metadata\":{\"na\n", "JSON that was cut short" },
        { "not JSON", "error: You must be logged in to the server (Unauthorized)\n", "output that is not JSON" },
        { "another shape", "{\"kind\":\"Status\",\"status\":\"Failure\",\"message\":\"forbidden\"}", "JSON of another shape" },
    };

    public static TheoryData<string, string, string> PodmanAnswers => new()
    {
        { "empty", "\n", "printed nothing" },
        { "cut short", "[{\"Id\":\"4f2a\",\"Size\":37", "JSON that was cut short" },
        { "not JSON", "Error: r/orders-app:t: image not known", "output that is not JSON" },
        { "another shape", "{\"Id\":\"4f2a\",\"Size\":370}", "JSON of another shape" },
    };

    public static TheoryData<string, string, string> PrometheusAnswers => new()
    {
        { "empty", "", "printed nothing" },
        { "cut short", "{\"status\":\"success\",\"data\":{\"resultType\":\"vec", "JSON that was cut short" },
        { "not JSON", "<html><body>502 Bad Gateway</body></html>", "output that is not JSON" },
        { "another shape", "{\"status\":\"success\",\"data\":[1,2]}", "JSON of another shape" },
    };

    [Theory]
    [MemberData(nameof(KubectlAnswers))]
    public void Worker_nodes_name_kubectl_get_nodes_and_what_it_printed(string what, string printed, string words) =>
        AssertNamed(Assert.Throws<ToolOutputException>(() => WorkerNodes.Parse(GetNodes, printed)), "kubectl get nodes --output=json", printed, words, what);

    [Theory]
    [MemberData(nameof(KubectlAnswers))]
    public void The_cluster_sample_names_its_kubectl_get_and_what_it_printed(string what, string printed, string words) =>
        AssertNamed(Assert.Throws<ToolOutputException>(() => KubectlStatus.Parse(GetStatus, DateTimeOffset.UnixEpoch, printed, null)),
            "kubectl get deployment/orders hpa/keda-hpa-orders --output=json", printed, words, what);

    [Theory]
    [MemberData(nameof(KubectlAnswers))]
    public void The_pods_name_their_kubectl_get_and_what_it_printed(string what, string printed, string words) =>
        AssertNamed(Assert.Throws<ToolOutputException>(() => PodObservation.Parse(GetPods, printed)),
            "kubectl get pods --selector app=orders --output=json", printed, words, what);

    [Theory]
    [MemberData(nameof(KubectlAnswers))]
    public void The_ScaledObject_condition_names_its_kubectl_get_and_what_it_printed(string what, string printed, string words)
    {
        // A Status object has no conditions, which reads as "not Ready yet"; a list is another shape.
        var odd = what == "another shape" ? "{\"status\":{\"conditions\":[{\"kind\":\"Ready\"}]}}" : printed;
        AssertNamed(Assert.Throws<ToolOutputException>(() => KubectlStatus.ReadyCondition(GetScaledObject, odd)),
            "kubectl get scaledobject/orders --output=json", odd, words, what);
    }

    [Theory]
    [MemberData(nameof(PodmanAnswers))]
    public void Image_facts_name_podman_image_inspect_and_what_it_printed(string what, string printed, string words) =>
        AssertNamed(Assert.Throws<ToolOutputException>(() => ImageFacts.ReadInspect(Inspect, printed)), "podman image inspect r/orders-app:t", printed, words, what);

    [Theory]
    [MemberData(nameof(PrometheusAnswers))]
    public void A_Prometheus_answer_names_the_query_and_what_came_back(string what, string printed, string words)
    {
        var e = Assert.Throws<PrometheusQueryException>(() => PrometheusResponseParser.Parse("sum(rate(product_order_total[1m]))", 200, printed));
        AssertNamed(Assert.IsType<ToolOutputException>(e.InnerException), "Prometheus's answer (HTTP 200) to 'sum(rate(product_order_total[1m]))'", printed, words, what);
    }

    [Theory]
    [InlineData("", "printed nothing")]
    [InlineData("exited", "an answer it could not read")]
    public void A_podman_format_answer_that_is_not_a_number_names_the_command(string printed, string words)
    {
        var call = new ToolCall("podman", ["inspect", "--format", "{{.State.ExitCode}}", "orders-app"], TimeSpan.FromMinutes(1));
        AssertNamed(Assert.Throws<ToolOutputException>(() => ToolOutput.Parse(call, printed, text => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture))),
            "podman inspect --format {{.State.ExitCode}} orders-app", printed, words, "number");
    }

    [Fact]
    public void A_metrics_value_that_is_not_a_number_names_the_URL_and_the_line()
    {
        var e = Assert.Throws<ToolOutputException>(() => MetricsText.Sum("GET http://127.0.0.1:9181/metrics", "product_order_total{a=\"b\"} lots\n", "product_order_total"));
        Assert.Contains("`GET http://127.0.0.1:9181/metrics`", e.Message, StringComparison.Ordinal);
        Assert.Contains("product_order_total{a=\"b\"} lots", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_only_the_start_of_a_long_answer_and_never_a_secret()
    {
        var call = GetNodes with { Secrets = ["s3cr3t-token"] };
        var printed = "Bearer s3cr3t-token rejected " + new string('x', 5000);

        var e = Assert.Throws<ToolOutputException>(() => WorkerNodes.Parse(call, printed));

        Assert.DoesNotContain("s3cr3t-token", e.Message, StringComparison.Ordinal);
        Assert.Contains("Bearer [REDACTED] rejected", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 1000, $"the message quotes {e.Message.Length} characters: {e.Message}");
    }

    private static void AssertNamed(Exception e, string command, string printed, string words, string what)
    {
        Assert.Contains($"`{command}`", e.Message, StringComparison.Ordinal);
        Assert.Contains(words, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
        if (printed.Trim().Length > 0)
        {
            Assert.True(e.Message.Contains(ToolOutput.Start(printed[..Math.Min(20, printed.Length)]), StringComparison.Ordinal),
                $"{what}: the message does not quote the start of what was printed: {e.Message}");
        }
    }
}
