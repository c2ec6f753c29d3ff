using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orders.Pipeline.Images;

/// <summary>The figures a run keeps in artifacts/images/summary.json, so the next run can report sizes
/// against them.</summary>
public sealed record ImagesSummary(IReadOnlyList<ImageSummary> Images, int OrdersSent, double OrdersCounted)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static ImagesSummary? ReadPrevious(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<ImagesSummary>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null; // A summary from an older shape: no comparison this time.
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed record ImageSummary(string Name, string Reference, long SizeBytes, int Layers);
