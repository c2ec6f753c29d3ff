using System.Text.Json;
using System.Text.RegularExpressions;

namespace Orders.Pipeline.Monitoring;

/// <summary>
/// The parts of a Grafana dashboard JSON that can be checked without Grafana: panels (rows' nested panels
/// included), their queries, units and data sources, and the template variables.
/// </summary>
public sealed partial class DashboardDocument
{
    private DashboardDocument(IReadOnlyList<DashboardPanel> panels, IReadOnlyList<DashboardVariable> variables)
    {
        Panels = panels;
        Variables = variables;
    }

    public IReadOnlyList<DashboardPanel> Panels { get; }

    public IReadOnlyList<DashboardVariable> Variables { get; }

    public IEnumerable<DashboardTarget> Targets => Panels.SelectMany(p => p.Targets);

    public static DashboardDocument Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid dashboard JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    public static DashboardDocument Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var panels = new List<DashboardPanel>();
        if (root.TryGetProperty("panels", out var list))
        {
            AddPanels(list, panels);
        }
        var variables = new List<DashboardVariable>();
        if (root.TryGetProperty("templating", out var templating) && templating.TryGetProperty("list", out var vars))
        {
            foreach (var v in vars.EnumerateArray())
            {
                variables.Add(new DashboardVariable(Text(v, "name") ?? "", Text(v, "type") ?? "", QueryText(v),
                    Bool(v, "includeAll"), Bool(v, "multi")));
            }
        }
        return new DashboardDocument(panels, variables);
    }

    /// <summary><paramref name="expr"/> with <c>$name</c>, <c>${name}</c> and <c>[[name]]</c> replaced from
    /// <paramref name="values"/> (Grafana's built-ins such as <c>__rate_interval</c> included); an unknown
    /// variable is left as it is, so the query fails visibly.</summary>
    public static string Substitute(string expr, IReadOnlyDictionary<string, string> values) =>
        VariableReference().Replace(expr, m =>
        {
            var name = m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["c"].Value;
            return values.TryGetValue(name, out var value) ? value : m.Value;
        });

    private static void AddPanels(JsonElement list, List<DashboardPanel> panels)
    {
        foreach (var p in list.EnumerateArray())
        {
            if (p.TryGetProperty("panels", out var nested))
            {
                AddPanels(nested, panels);
            }
            if (!p.TryGetProperty("targets", out var targets))
            {
                continue;
            }
            var title = Text(p, "title") ?? "(untitled)";
            var unit = p.TryGetProperty("fieldConfig", out var fc) && fc.TryGetProperty("defaults", out var d) ? Text(d, "unit") : null;
            var queries = targets.EnumerateArray()
                .Select(t => new DashboardTarget(title, Text(t, "refId") ?? "?", Text(t, "expr") ?? "", DatasourceUid(t), Text(t, "legendFormat")))
                .ToList();
            panels.Add(new DashboardPanel(title, unit, DatasourceUid(p), queries));
        }
    }

    private static string? DatasourceUid(JsonElement e) =>
        e.TryGetProperty("datasource", out var ds) ? ds.ValueKind == JsonValueKind.String ? ds.GetString() : Text(ds, "uid") : null;

    private static string QueryText(JsonElement v) =>
        v.TryGetProperty("query", out var q) ? q.ValueKind == JsonValueKind.String ? q.GetString() ?? "" : Text(q, "query") ?? "" : "";

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.True;

    [GeneratedRegex(@"\$\{(?<a>[A-Za-z_][A-Za-z0-9_]*)(?::[a-z]+)?\}|\[\[(?<c>[A-Za-z_][A-Za-z0-9_]*)\]\]|\$(?<b>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableReference();
}
