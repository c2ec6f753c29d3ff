using Microsoft.Extensions.Options;

namespace Orders.Exporter.Options;

/// <summary>Source-generated data-annotation validation (no reflection, so it works under Native AOT).</summary>
[OptionsValidator]
public sealed partial class AccessLogTailOptionsValidator : IValidateOptions<AccessLogTailOptions>;
