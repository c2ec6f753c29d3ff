using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orders.K8s.Tests.ScrapeConfig;

/// <summary>
/// Writes discovered targets as a file_sd file: one group per target, its `__address__` as the target and
/// every other label (the `__meta_kubernetes_*` ones included, which relabeling then reads) as group labels.
/// </summary>
public static class FileSdTargets
{
    public static void Write(string path, IEnumerable<IReadOnlyDictionary<string, string>> targets)
    {
        var groups = new JsonArray();
        foreach (var target in targets)
        {
            var labels = new JsonObject();
            foreach (var (name, value) in target.Where(l => l.Key != "__address__"))
            {
                labels[name] = value;
            }

            groups.Add(new JsonObject { ["targets"] = new JsonArray(target["__address__"]), ["labels"] = labels });
        }

        File.WriteAllText(path, groups.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
