using System.ComponentModel.DataAnnotations;

namespace Orders.App.AccessLog;

/// <summary>
/// The app's "AccessLog" configuration section: how the app writes its access log (names as ASP.NET Core's
/// W3CLoggerOptions where they overlap). Not the exporter's options of the same section name, which say how the
/// sidecar reads the log (AccessLog:Path): the keys are a public contract, the type names keep them apart.
/// </summary>
public sealed class AccessLogWriterOptions
{
    public const string SectionName = "AccessLog";

    /// <summary>Off only to measure what the log costs (bench/app-logging.sh).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where access-{yyyyMMdd}.{NNNN}.txt files go; a relative path is relative to the current directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "./logs";

    /// <summary>A file that grows past this size is closed after the line that crossed it, and the next one opened.</summary>
    [Range(typeof(long), "1", "9223372036854775807")]
    public long FileSizeLimitBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many files to keep; the oldest are deleted when a new one is opened.</summary>
    [Range(1, 10_000)]
    public int RetainedFileCountLimit { get; set; } = 4;
}
