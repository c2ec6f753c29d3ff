using System.Text.Json;

namespace Orders.Pipeline.Deploy;

/// <summary>One release as <c>helm list --output json</c> reports it; <see cref="ChartName"/> and
/// <see cref="ChartVersion"/> split helm's "chart" field ("keda-2.20.2") at the last '-' before a digit.</summary>
public sealed record HelmRelease(string Name, string Namespace, string Chart)
{
    public string ChartName => Split().Name;

    public string ChartVersion => Split().Version;

    public override string ToString() => $"helm release {Name} in namespace {Namespace} (chart {Chart})";

    public static IReadOnlyList<HelmRelease> ParseList(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json);
            return [.. document.RootElement.EnumerateArray().Select(r => new HelmRelease(
                r.GetProperty("name").GetString()!, r.GetProperty("namespace").GetString()!, r.GetProperty("chart").GetString()!))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{source} did not print helm's release list as JSON ({e.Message}): check `{source}` by hand; helm 3 is required.", e);
        }
    }

    private (string Name, string Version) Split()
    {
        for (var i = Chart.Length - 2; i > 0; i--)
        {
            if (Chart[i] == '-' && char.IsDigit(Chart[i + 1]))
            {
                return (Chart[..i], Chart[(i + 1)..]);
            }
        }
        return (Chart, "");
    }
}
