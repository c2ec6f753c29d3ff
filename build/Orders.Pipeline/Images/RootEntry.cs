namespace Orders.Pipeline.Images;

/// <summary>One entry of an image's root filesystem as a tar layer carries it: a directory, a file (copied from
/// <see cref="Source"/> or written from <see cref="Content"/>) or a symbolic link, with the owner and mode the
/// image must give it whatever the host's copy has.</summary>
public sealed record RootEntry(string Path, RootEntryKind Kind, UnixFileMode Mode, int Uid = 0, int Gid = 0)
{
    public string? Source { get; init; }
    public string? Content { get; init; }
    public string? LinkTarget { get; init; }

    public static RootEntry Directory(string path, UnixFileMode mode, int owner = 0) => new(path, RootEntryKind.Directory, mode, owner, owner);

    public static RootEntry Text(string path, string content) => new(path, RootEntryKind.File, ReadableFile) { Content = content };

    public static RootEntry Copy(string path, string source, UnixFileMode mode) => new(path, RootEntryKind.File, mode) { Source = source };

    public static RootEntry Link(string path, string target) => new(path, RootEntryKind.SymbolicLink, (UnixFileMode)0x1FF) { LinkTarget = target };

    /// <summary>rw-r--r--</summary>
    public const UnixFileMode ReadableFile = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    /// <summary>rwxr-xr-x</summary>
    public const UnixFileMode OpenDirectory = ReadableFile | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
}
