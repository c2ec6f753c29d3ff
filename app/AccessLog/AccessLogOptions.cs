using System.ComponentModel.DataAnnotations;

namespace Orders.App.AccessLog;

/// <summary>The "AccessLog" configuration section (names as ASP.NET Core's W3CLoggerOptions where they overlap).</summary>
public sealed class AccessLogOptions
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
