namespace Orders.Pipeline.Deploy;

/// <summary>--prometheus's and --keda's grammars: whether the pipeline installs the stack or uses the cluster's.</summary>
public static class StackModeGrammar
{
    public static PrometheusMode Prometheus(string option, string value) => value.Trim().ToLowerInvariant() switch
    {
        "install" => PrometheusMode.Install,
        "existing" => PrometheusMode.Existing,
        "operator" => PrometheusMode.Operator,
        _ => throw new ArgumentException($"--{option} '{value}' is refused: it accepts install (the pinned chart), existing (the cluster's Prometheus: add the scrape job written to artifacts/deploy/) or operator (a PodMonitor and PrometheusRules for the Prometheus Operator)."),
    };

    public static KedaMode Keda(string option, string value) => value.Trim().ToLowerInvariant() switch
    {
        "install" => KedaMode.Install,
        "existing" => KedaMode.Existing,
        _ => throw new ArgumentException($"--{option} '{value}' is refused: it accepts install (the pinned chart) or existing (the cluster's KEDA, checked and left unchanged)."),
    };
}
