namespace Orders.TestSupport;

/// <summary>How <see cref="PrometheusServer"/> starts Prometheus when the defaults (the binary on PATH, a free port, a
/// fresh TSDB) do not fit the test.</summary>
public sealed record PrometheusOptions
{
    /// <summary>The binary: a path (one installed for this run) or a name looked up on PATH.</summary>
    public string Binary { get; init; } = "prometheus";

    /// <summary>The port to listen on, for a configuration that must name it before the start (a self-scrape); a free one by default.</summary>
    public int? Port { get; init; }

    /// <summary>An existing TSDB to serve (blocks backfilled by promtool), left in place on dispose; a fresh folder by default.</summary>
    public string? TsdbDirectory { get; init; }

    /// <summary>Flags after the config, storage and listen flags, e.g. --storage.tsdb.retention.time=7d for old backfilled samples.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
}
