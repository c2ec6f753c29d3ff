namespace Orders.Pipeline.Infrastructure;

/// <summary>
/// Where the run in this process keeps what it has written so far (its processes' logs), so that the entry
/// point, which alone sees how the run ended, can say where to look when it was interrupted. Static because
/// the two meet only in the process: the verb that writes knows the folder, the entry point knows the signal.
/// </summary>
public static class PartialOutput
{
    private static string? _folder;

    public static string? Folder => Volatile.Read(ref _folder);

    public static void Note(string folder) => Volatile.Write(ref _folder, folder);
}
