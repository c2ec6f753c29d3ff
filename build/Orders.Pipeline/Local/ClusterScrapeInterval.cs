using Orders.Pipeline.Replay;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Local;

/// <summary>
/// The interval the cluster's Prometheus scrapes at: <c>server.global.scrape_interval</c> of
/// k8s/prometheus-values.yaml. Local scrapes at it by default, so the data it replays KEDA and the HPA on is the
/// data a cluster would have (a 1 s scrape makes the 1-minute rate smoother and earlier than any cluster's).
/// </summary>
public static class ClusterScrapeInterval
{
    public static TimeSpan Read(string valuesFile)
    {
        if (!File.Exists(valuesFile))
        {
            throw new InvalidDataException($"{valuesFile} does not exist: Local reads the cluster's scrape interval from it; pass --root with the repository, or --scrape-interval.");
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(valuesFile)));
        var text = Child(Child(Child(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null, "server"), "global"), "scrape_interval") as YamlScalarNode;
        try
        {
            return text?.Value is { } value
                ? Prometheus.PrometheusDuration.Parse(value)
                : throw new FormatException("it is not set");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{valuesFile}:{text?.Start.Line ?? 1}: server.global.scrape_interval: {e.Message}; set it (e.g. 15s) or pass --scrape-interval.", e);
        }
    }

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(key, out var child) ? child : null;
}
