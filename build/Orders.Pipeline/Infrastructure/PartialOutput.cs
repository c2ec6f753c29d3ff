namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Where the run in this process keeps what it has written so far (its processes' logs, a partial report), so that the entry
/// point, which alone sees how the run ended, can say where to look when it was interrupted. Static because
/// the two meet only in the process: the verb that writes knows the folder, the entry point knows the signal.
/// </summary>
public static class PartialOutput
{
    private static string? _folder;
    private static string? _report;

    public static string? Folder => Volatile.Read(ref _folder);

    /// <summary>The partial report a verb wrote when it was stopped (Local's report.md "interrupted at t=…"), if any.</summary>
    public static string? Report => Volatile.Read(ref _report);

    public static void Note(string folder) => Volatile.Write(ref _folder, folder);

    public static void NoteReport(string file) => Volatile.Write(ref _report, file);
}
