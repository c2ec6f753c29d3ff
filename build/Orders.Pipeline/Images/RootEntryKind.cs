namespace Orders.Pipeline.Images;

/// <summary>What a <see cref="RootEntry"/> is in the tar layer.</summary>
public enum RootEntryKind
{
    Directory,
    File,
    SymbolicLink,
}
