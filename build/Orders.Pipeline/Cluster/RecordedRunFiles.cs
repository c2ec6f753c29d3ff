using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orders.Pipeline.Load;
using Orders.Pipeline.Manifests;
using Orders.Pipeline.Scaling;
using YamlDotNet.RepresentationModel;

namespace Orders.Pipeline.Cluster;

/// <summary>
/// A <see cref="RecordedRun"/> on disk (docs/loadtest-verdict.md): run.json, scaledobject.yaml,
/// cluster-samples.csv, query-values.csv and pods.csv in one directory. LoadTest writes them and judges what it
/// reads back, so <c>--judge=DIR</c> gives the same verdict. Bad input names the file and line.
/// </summary>
public static class RecordedRunFiles
{
    public const string RunFile = "run.json";
    public const string ScaledObjectFile = "scaledobject.yaml";
    public const string SamplesFile = "cluster-samples.csv";
    public const string QueryFile = "query-values.csv";
    public const string PodsFile = "pods.csv";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(string directory, RecordedRun run, string scaledObjectYaml)
    {
        Directory.CreateDirectory(directory);
        var json = new JsonObject
        {
            ["profile"] = run.Profile.ToString(),
            ["achievedHeldRate"] = run.AchievedHeldRate,
            ["scrapeIntervalSeconds"] = run.ScrapeInterval.TotalSeconds,
            ["scaleUpBoundSeconds"] = run.ScaleUpBound?.TotalSeconds,
            ["scaleDownBoundSeconds"] = run.ScaleDownBound?.TotalSeconds,
            ["namespace"] = run.Namespace,
            ["kubernetesVersion"] = run.Versions.Kubernetes.ToString(),
            ["kedaVersion"] = run.Versions.Keda.ToString(),
        };
        File.WriteAllText(Path.Combine(directory, RunFile), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        File.WriteAllText(Path.Combine(directory, ScaledObjectFile), scaledObjectYaml);
        File.WriteAllLines(Path.Combine(directory, SamplesFile), ["time_s,ready,hpa_current,hpa_desired,so_ready,so_active,query_value,error",
            .. run.Samples.Select(s => string.Create(Invariant,
                $"{(s.At - RecordedRun.Start).TotalSeconds:0.###},{s.ReadyReplicas},{s.HpaCurrent},{s.HpaDesired},{s.ScaledObjectReady},{s.ScaledObjectActive},{s.QueryValue:R},{s.Error?.Replace(',', ';').ReplaceLineEndings(" ")}"))]);
        File.WriteAllLines(Path.Combine(directory, QueryFile), ["second,value", .. run.QueryValues.Select((v, i) => string.Create(Invariant, $"{i},{v:R}"))]);
        File.WriteAllLines(Path.Combine(directory, PodsFile), ["pod,scheduled_s,ready_s,restarts_before,restarts_last",
            .. run.Pods.Select(p => string.Create(Invariant, $"{p.Name},{p.ScheduledSeconds:0.###},{p.ReadySeconds:0.###},{p.RestartsBefore},{p.RestartsLast}"))]);
    }

    /// <summary>The ScaledObject the model replays, as the manifests render it (the intended one; the HPA's
    /// desired replicas show whether the deployed one behaves the same).</summary>
    public static string ScaledObjectYaml(RenderedManifests manifests)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(manifests.ScaledObjects.First())).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public static RecordedRun Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"--judge: {directory} does not exist: give the directory a LoadTest run wrote (artifacts/cluster by default).");
        }
        var runPath = Need(directory, RunFile);
        try
        {
            var json = JsonNode.Parse(File.ReadAllText(runPath)) ?? throw new InvalidDataException($"{runPath}: empty.");
            string Text(string name) => json[name]?.GetValue<string>() ?? throw new InvalidDataException($"{runPath}: '{name}' is missing.");
            double Number(string name) => json[name]?.GetValue<double>() ?? throw new InvalidDataException($"{runPath}: '{name}' is missing.");
            TimeSpan? Seconds(string name) => json[name]?.GetValue<double>() is { } v ? TimeSpan.FromSeconds(v) : null;
            var yamlPath = Need(directory, ScaledObjectFile);
            var spec = ScaledObjectReader.Read(File.ReadAllText(yamlPath), yamlPath);
            if (spec.Triggers.Count != 1 || spec.Modifiers is not null)
            {
                // A run records one query's values (QueryFile): the one trigger of the ScaledObject LoadTest deployed.
                throw new InvalidDataException($"{yamlPath}: ScaledObject '{spec.Name}' has {spec.Triggers.Count} triggers{(spec.Modifiers is null ? "" : " and scalingModifiers")}; a recorded run holds one query's values, so it judges a ScaledObject with one prometheus trigger: record the run again with that ScaledObject, or replay this one with --target=Replay.");
            }
            return new RecordedRun(
                LoadProfile.Parse(Text("profile")), Number("achievedHeldRate"), spec, TimeSpan.FromSeconds(Number("scrapeIntervalSeconds")),
                Rows(Need(directory, SamplesFile), 8, c => new ClusterSample(RecordedRun.Start.AddSeconds(Double(c[0])!.Value), Int(c[1]), Int(c[2]), Int(c[3]), Str(c[4]), Str(c[5]), Double(c[6]), Str(c[7]))),
                Rows(Need(directory, QueryFile), 2, c => Double(c[1])),
                Rows(Need(directory, PodsFile), 5, c => new PodRecord(c[0], Double(c[1]), Double(c[2]), Int(c[3]) ?? 0, Int(c[4]) ?? 0)),
                Seconds("scaleUpBoundSeconds"), Seconds("scaleDownBoundSeconds"), json["namespace"]?.GetValue<string>() ?? "orders",
                new ModelVersions(Version.Parse(Text("kubernetesVersion")), Version.Parse(Text("kedaVersion"))));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // A value of the wrong type or a profile that does not parse: only run.json holds those.
            throw new InvalidDataException($"{runPath}: {e.Message} (docs/loadtest-verdict.md gives each field)", e);
        }
    }

    private static string Need(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        return File.Exists(path) ? path : throw new InvalidDataException($"--judge: {path} is missing: a LoadTest run writes it (docs/loadtest-verdict.md).");
    }

    private static List<T> Rows<T>(string path, int columns, Func<string[], T> parse)
    {
        var rows = new List<T>();
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            try
            {
                rows.Add(cells.Length == columns ? parse(cells) : throw new FormatException($"{columns} columns expected, {cells.Length} found"));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
            {
                // An empty required cell (InvalidOperationException) or a number out of range names this file and line, not run.json.
                throw new InvalidDataException($"{path}:{i + 1}: {e.Message} (docs/loadtest-verdict.md gives each column)", e);
            }
        }
        return rows;
    }

    private static string? Str(string cell) => cell.Length == 0 ? null : cell;

    private static int? Int(string cell) => cell.Length == 0 ? null : int.Parse(cell, NumberStyles.Integer, Invariant);

    private static double? Double(string cell) => cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, Invariant);
}
