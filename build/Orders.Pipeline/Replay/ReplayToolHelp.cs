using Orders.Pipeline.Cli;

namespace Orders.Pipeline.Replay;

/// <summary>
/// <c>scaledobject-replay --help</c>: what it does, three examples a platform engineer can adapt (a file, a gate in CI,
/// the cluster's own object through a tenant header), the exit codes, then every option from the registry with its
/// default, so the page cannot drift from what the tool accepts.
/// </summary>
public static class ReplayToolHelp
{
    public const string Command = "scaledobject-replay";

    public static string Text(RegisteredTask task) =>
        $"""
        {Command}: a dry run of KEDA ScaledObjects with prometheus triggers on what your Prometheus recorded.
        It answers, for each ScaledObject, how many replicas KEDA and the HPA would have run and when, as
        min / median / max over every HPA timing, and writes report.md, summary.json, timeline.csv and replay.png.
        Read-only: it only sends GET requests to Prometheus (which ones: docs/replay.md of the project).

        usage: {Command} --prometheus-url URL --scaledobject PATH[,PATH...] [--option value]...

        examples:
          # the last 6 hours of a ScaledObject in a file (several documents; other kinds are ignored)
          {Command} --prometheus-url http://127.0.0.1:9090 --scaledobject deploy/scaledobject.yaml --start -6h

          # a CI gate: the report is written, then exit 1 with one line per failed expectation
          {Command} --prometheus-url "$PROM_URL" --bearer-token-env PROM_TOKEN --scaledobject k8s/ \
            --start 2026-12-01T00:00:00Z --end 2026-12-02T00:00:00Z --step 15s \
            --expect 'peakReplicas.max <= 8' --expect 'secondsToPeak.median <= 60' --format markdown

          # the object as the cluster runs it, on a multi-tenant Mimir/Thanos/Cortex
          {Command} --prometheus-url https://mimir.example/prometheus --from-cluster shop/checkout \
            --header 'X-Scope-OrgID: shop' --basic-auth-user ci --basic-auth-password-file /run/secrets/mimir

        exit codes: 0 done, 1 an --expect failed (report written), 2 bad input (one line naming it, nothing written).
        Secrets only from environment variables or files (--bearer-token-env/-file, --basic-auth-password-env/-file).

        options (default in brackets):

        """
        + string.Concat(task.Options.Where(o => !PipelineOptions.Global.Contains(o)).Select(o =>
            $"  --{o.Name} <{o.Grammar.Name}>\n      {o.Meaning.Replace("Replay: ", "", StringComparison.Ordinal)} [{o.DefaultShown}]\n"))
        + "\nMore in the package README (docs/replay.md of the project).\n";
}
