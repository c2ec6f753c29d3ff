using System.Text.Json.Serialization;

namespace Orders.Exporter.Checkpointing;

/// <summary>Source-generated JSON (no reflection: works under Native AOT and trimming).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
