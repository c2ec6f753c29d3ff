using Microsoft.Extensions.Options;

namespace Orders.Exporter.Options;

/// <summary>
/// The rules data annotations cannot say. Checked here, at options time, so a mistake ends in the
/// "Invalid configuration ... Fix ..." message instead of an ArgumentException deep in a DI factory, and so
/// product_order_total (the KEDA scaling metric) can never silently stay at 0 for want of its routes.
/// </summary>
public sealed class ExporterOptionsRules : IValidateOptions<ExporterOptions>
{
    /// <summary>The routes product_order_total counts: they must be path labels of their own.</summary>
    public static readonly string[] OrderRoutes = ["/product", "/orders"];

    public ValidateOptionsResult Validate(string? name, ExporterOptions options)
    {
        var failures = new List<string>();
        if (options.Routes.Length > 0)
        {
            foreach (var route in options.Routes.Where(r => string.IsNullOrWhiteSpace(r) || !r.StartsWith('/')))
            {
                failures.Add($"Exporter:Routes entry '{route}' must start with '/' (like \"/orders/{{id}}\"): fix or remove it.");
            }

            foreach (var missing in OrderRoutes.Where(r => !options.Routes.Contains(r, StringComparer.Ordinal)))
            {
                failures.Add($"Exporter:Routes lacks \"{missing}\", so product_order_total (the scaling metric) would stay 0: add \"{missing}\", or remove Exporter:Routes to use the defaults.");
            }
        }

        var buckets = options.DurationBuckets;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (!double.IsFinite(buckets[i]) || buckets[i] <= 0)
            {
                failures.Add($"Exporter:DurationBuckets[{i}] is {buckets[i]}: each bucket is an upper bound in seconds and must be a positive number.");
            }
            else if (i > 0 && buckets[i] <= buckets[i - 1])
            {
                failures.Add($"Exporter:DurationBuckets[{i}] ({buckets[i]}) is not greater than the bucket before it ({buckets[i - 1]}): list the buckets in increasing order, each once.");
            }
        }

        if (options.MaxConnectionsPerAddress >= options.MaxConnections)
        {
            failures.Add($"Exporter:MaxConnectionsPerAddress ({options.MaxConnectionsPerAddress}) must be lower than Exporter:MaxConnections ({options.MaxConnections}): "
                + "otherwise one client can hold every connection and lock Prometheus and the kubelet's probes out. Lower it, or raise MaxConnections.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
