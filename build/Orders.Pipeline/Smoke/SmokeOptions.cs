namespace Orders.Pipeline.Smoke;

/// <summary>What the smoke checks talk to. <see cref="ExporterUrl"/> is optional: on a cluster the exporter
/// is a sidecar without a Service, so Prometheus's answer is the proof that it serves the counter.</summary>
public sealed record SmokeOptions(Uri AppUrl, Uri? ExporterUrl, Uri PrometheusUrl, string Namespace, TimeSpan PrometheusTimeout, SmokeHints Hints);
