using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Smoke;

/// <summary>What the smoke checks talk to. <see cref="ExporterUrl"/> is optional: on a cluster the exporter
/// is a sidecar without a Service, so Prometheus's answer is the proof that it serves the counter.</summary>
public sealed record SmokeOptions(Uri AppUrl, Uri? ExporterUrl, Uri PrometheusUrl, string Namespace, TimeSpan PrometheusTimeout, SmokeHints Hints)
{
    /// <summary>How long Prometheus gets to show the counter on a cluster: a default scrape interval
    /// (prometheus-community's chart scrapes every 1 m) plus the exporter's first read of the log.</summary>
    public static readonly TimeSpan DefaultPrometheusTimeout = TimeSpan.FromSeconds(60);

    public static SmokeOptions From(CommandLine args)
    {
        var @namespace = args.String("namespace", "orders");
        return new SmokeOptions(
            RequiredUrl(args, "app-url"),
            args.Optional("exporter-url") is { } exporter ? ParseUrl("exporter-url", exporter) : null,
            RequiredUrl(args, "prometheus-url"),
            @namespace,
            args.Duration("timeout", DefaultPrometheusTimeout),
            SmokeHints.Cluster(@namespace));
    }

    private static Uri RequiredUrl(CommandLine args, string name) =>
        args.Optional(name) is { } text
            ? ParseUrl(name, text)
            : throw new ArgumentException($"--{name} is required: pass the URL to check, e.g. --{name} http://127.0.0.1:8080/.");

    private static Uri ParseUrl(string name, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw new ArgumentException($"--{name} '{text}' is not an http(s) URL, e.g. http://127.0.0.1:8080/.");
}
