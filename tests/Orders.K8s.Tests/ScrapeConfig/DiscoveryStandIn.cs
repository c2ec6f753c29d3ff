using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// Rewrites the chart's in-cluster scrape configuration into one a Prometheus on 127.0.0.1 can run, changing
/// only where targets come from and how often they are scraped: each `kubernetes_sd_configs` entry becomes a
/// `file_sd_configs` entry reading `&lt;role&gt;.json` in <see cref="Directory"/> (written by the test with the
/// `__meta_kubernetes_*` labels Kubernetes discovery would set), every relabel and metric relabel rule and
/// honor_labels stay as rendered. The chart's self-scrape of localhost:9090 points at this Prometheus;
/// the service account's token and CA (absent outside a pod) are stand-in files; every interval becomes
/// <c>interval</c> so that the test runs in seconds.
/// </summary>
public sealed class DiscoveryStandIn(string directory, string selfAddress)
{
    private const string ServiceAccount = "/var/run/secrets/kubernetes.io/serviceaccount/";

    public string Directory { get; } = directory;

    /// <summary>The Kubernetes roles the rewritten jobs read, each from <c>&lt;role&gt;.json</c>.</summary>
    public ISet<string> Roles { get; } = new SortedSet<string>(StringComparer.Ordinal);

    public string TargetsFile(string role) => Path.Combine(Directory, role + ".json");

    public JsonObject Rewrite(JsonObject chartConfig, TimeSpan interval)
    {
        var config = chartConfig.DeepClone().AsObject();
        var every = ((int)interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";
        var global = config["global"] as JsonObject ?? [];
        global["scrape_interval"] = every;
        global["scrape_timeout"] = every;
        global["evaluation_interval"] = every;
        config["global"] = global;
        foreach (var job in ChartScrapeConfig.Jobs(config))
        {
            var name = job["job_name"]?.ToString();
            job.Remove("scrape_interval");
            job.Remove("scrape_timeout");
            if (job["kubernetes_sd_configs"] is JsonArray discoveries)
            {
                job.Remove("kubernetes_sd_configs");
                job["file_sd_configs"] = new JsonArray(discoveries.Select(d => (JsonNode)FileDiscovery(name, d!.AsObject())).ToArray());
            }

            foreach (var group in job["static_configs"] as JsonArray ?? [])
            {
                var targets = (group?["targets"] as JsonArray ?? []).Select(t => t?.ToString()).ToList();
                if (targets.Any(t => t != "localhost:9090"))
                {
                    throw new NotSupportedException(
                        $"Job {name} scrapes static targets [{string.Join(", ", targets)}]: a local test must not reach them. Only the chart's self-scrape (localhost:9090) is stood in for.");
                }

                group!["targets"] = new JsonArray(targets.Select(_ => (JsonNode)selfAddress).ToArray());
            }

            ReplaceServiceAccountFiles(job);
        }

        return config;
    }

    private JsonObject FileDiscovery(string? job, JsonObject kubernetes)
    {
        var unsupported = kubernetes.Select(p => p.Key).Where(k => k != "role").ToList();
        if (unsupported.Count > 0)
        {
            // namespaces, selectors, api_server... filter or locate discovery in the API server: a file cannot stand in for them.
            throw new NotSupportedException($"Job {job}: kubernetes_sd_configs field(s) {string.Join(", ", unsupported)} have no file_sd stand-in; extend {nameof(DiscoveryStandIn)}.");
        }

        var role = kubernetes["role"]!.ToString();
        Roles.Add(role);
        return new JsonObject
        {
            ["files"] = new JsonArray(TargetsFile(role)),
            ["refresh_interval"] = "1s",
        };
    }

    private void ReplaceServiceAccountFiles(JsonObject job)
    {
        if (job["bearer_token_file"]?.ToString() == ServiceAccount + "token")
        {
            job["bearer_token_file"] = WriteOnce("token", () => "stand-in-token");
        }

        if (job["tls_config"]?["ca_file"]?.ToString() == ServiceAccount + "ca.crt")
        {
            job["tls_config"]!["ca_file"] = WriteOnce("ca.crt", SelfSignedCertificatePem);
        }
    }

    private string WriteOnce(string name, Func<string> content)
    {
        var path = Path.Combine(Directory, name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, content());
        }

        return path;
    }

    // Prometheus parses the CA when it builds a job's HTTP client; any valid certificate will do for jobs with no targets.
    private static string SelfSignedCertificatePem()
    {
        using var key = ECDsa.Create();
        var request = new CertificateRequest("CN=stand-in kubernetes CA", key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.ExportCertificatePem();
    }
}
