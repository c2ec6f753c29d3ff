using System.Text.Json.Serialization;

namespace Orders.Exporter.Checkpointing;

/// <summary>Source-generated JSON (no reflection: works under Native AOT and trimming).</summary>
// Named literals: a histogram's last bucket bound is +Inf.
[JsonSourceGenerationOptions(WriteIndented = false, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(CheckpointDocument))]
internal sealed partial class CheckpointJsonContext : JsonSerializerContext;
